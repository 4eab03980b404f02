package vn.doanthe.security.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import vn.doanthe.platform.access.Role;

/** An account as administrators see it; never its password hash. */
public record UserView(String username, String displayName, String email, Set<Role> roles, String scopeUnit, String scopeUnitName,
                       List<String> organisations, boolean mustChangePassword, boolean enabled, boolean locked,
                       boolean directory, LocalDateTime createdAt) implements Serializable {
}
