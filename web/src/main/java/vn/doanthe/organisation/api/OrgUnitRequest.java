package vn.doanthe.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /org-units.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class OrgUnitRequest {

    @NotBlank(message = "{validation.required}")
    public String organisationCode;

    @NotBlank(message = "{validation.required}")
    public String type;

    @Positive(message = "{validation.positive}")
    public Long parentId;

    @NotBlank(message = "{validation.required}")
    public String adminUnitCode;

    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
    public String name;

    public String establishedOn;
}
