package vn.doanthe.organisation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /organisations: an association to add to the catalogue.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class OrganisationRequest {

    @NotBlank(message = "{validation.required}")
    public String code;

    @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}")
    public String name;

    @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size}")
    public String shortName;

    @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size}")
    public String memberTitle;

    @Min(value = 1, message = "{validation.range}") @Max(value = 12, message = "{validation.range}")
    public int meetingIntervalMonths = 3;
}
