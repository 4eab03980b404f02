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
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}", message = "{security.error.username}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}") String displayName,
        @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.size}") @Pattern(regexp = EmailAddress.PATTERN, message = "{security.error.email}")
        String email,
        @NotBlank(message = "{validation.required}") String password,
        @NotEmpty(message = "{validation.required}") Set<Role> roles,
        String scopeUnit,
        Set<String> organisations,
        boolean mustChangePassword) {
}
