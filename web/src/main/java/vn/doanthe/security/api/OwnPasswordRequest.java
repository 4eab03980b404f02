package vn.doanthe.security.api;

import jakarta.validation.constraints.NotBlank;

/** Body of POST /account/password: the caller's current password and the one replacing it. */
public class OwnPasswordRequest {

    @NotBlank(message = "{validation.required}")
    public String currentPassword;

    @NotBlank(message = "{validation.required}")
    public String newPassword;
}
