package vn.doanthe.organisation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An association to add to the catalogue. */
public record NewOrganisation(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,19}", message = "{organisation.error.codeFormat}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size}") String shortName,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size}") String memberTitle,
        @Min(value = 1, message = "{validation.range}") @Max(value = 12, message = "{validation.range}") int meetingIntervalMonths) {
}
