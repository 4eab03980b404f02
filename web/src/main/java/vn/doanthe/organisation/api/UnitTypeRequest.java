package vn.doanthe.organisation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /organisations/{code}/unit-types.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class UnitTypeRequest {

    @NotBlank(message = "{validation.required}")
    public String code;

    @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}")
    public String name;

    @Min(value = 1, message = "{validation.range}") @Max(value = 9, message = "{validation.range}")
    public int rank;

    @NotBlank(message = "{validation.required}")
    public String adminLevel;
}
