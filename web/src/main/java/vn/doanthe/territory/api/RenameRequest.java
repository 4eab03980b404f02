package vn.doanthe.territory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /territory/units/{code}/rename.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class RenameRequest {

    @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}")
    public String name;

    public String effectiveOn;

    @Size(max = 500, message = "{validation.size}")
    public String reason;
}
