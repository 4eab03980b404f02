package vn.doanthe.security.control;

import java.util.Set;
import vn.doanthe.platform.access.Role;

/** A user the directory vouched for, with the roles their groups map to and their address (none when the entry has none). */
public record DirectoryUser(String username, String displayName, String email, Set<Role> roles) {
}
