package vn.doanthe.security.boundary;

import java.io.Serializable;
import java.util.Set;
import vn.doanthe.platform.access.Role;

/** A user whose password was accepted: what the console and API need to know about them. */
public record SignedInUser(String username, String displayName, Set<Role> roles, String locale,
                           boolean mustChangePassword) implements Serializable {
}
