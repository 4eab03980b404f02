package vn.doanthe.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /org-units/{id}/rename.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class NameRequest {

    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
    public String name;
}
