package vn.doanthe.territory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /territory/units: a hamlet to add under a commune.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class HamletRequest {

    @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}")
    public String name;

    public String level;

    @NotBlank(message = "{validation.required}")
    public String type;

    @NotBlank(message = "{validation.required}")
    public String parentCode;

    @Size(max = 20, message = "{validation.size}")
    public String code;

    public String validFrom;
}
