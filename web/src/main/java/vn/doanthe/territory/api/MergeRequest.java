package vn.doanthe.territory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of POST /territory/units/merge.
 * A class with public fields, not a record: Payara's OpenAPI generator fails on constraint
 * annotations on constructor parameters (payara/Payara#7649), which a record's components become.
 */
public class MergeRequest {

    @NotEmpty(message = "{validation.required}")
    public List<String> mergedCodes;

    @NotBlank(message = "{validation.required}")
    public String successorCode;

    @NotBlank(message = "{validation.required}")
    public String effectiveOn;

    @Size(max = 500, message = "{validation.size}")
    public String reason;
}
