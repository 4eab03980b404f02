package vn.doanthe.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.doanthe.platform.access.Role;

/**
 * An account an administrator opens: its roles, its territorial scope (a unit code; none means the
 * whole country) and the organisations it serves (codes; none means every organisation there).
 */
public record NewUser(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{security.error.username}") String username,
        @NotBlank @Size(max = 150) String displayName,
        @Size(max = EmailAddress.MAX_LENGTH) @Pattern(regexp = EmailAddress.PATTERN, message = "{security.error.email}")
        String email,
        @NotBlank String password,
        @NotEmpty Set<Role> roles,
        String scopeUnit,
        Set<String> organisations,
        boolean mustChangePassword) {
}
