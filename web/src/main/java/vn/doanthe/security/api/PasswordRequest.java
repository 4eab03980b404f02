package vn.doanthe.security.api;

import jakarta.validation.constraints.NotBlank;

/** Body of POST /users/{username}/password. */
public class PasswordRequest {

    @NotBlank(message = "{validation.required}")
    public String password;
}
