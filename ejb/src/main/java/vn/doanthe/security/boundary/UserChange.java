package vn.doanthe.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import vn.doanthe.platform.access.Role;

/** What an administrator changes on an account: the name shown, its e-mail address, roles and scope. */
public record UserChange(@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}") String displayName,
                         @Size(max = EmailAddress.MAX_LENGTH, message = "{validation.size}")
                         @Pattern(regexp = EmailAddress.PATTERN, message = "{security.error.email}") String email,
                         @NotEmpty(message = "{validation.required}") Set<Role> roles, String scopeUnit, Set<String> organisations) {
}
