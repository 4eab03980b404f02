package vn.doanthe.organisation.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.doanthe.territory.entity.AdminLevel;

/** A kind of unit to add to an organisation's tree. */
public record NewUnitType(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "{organisation.error.codeFormat}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}") String name,
        @Min(value = 1, message = "{validation.range}") @Max(value = 9, message = "{validation.range}") int rank,
        @NotNull(message = "{validation.required}") AdminLevel adminLevel) {
}
