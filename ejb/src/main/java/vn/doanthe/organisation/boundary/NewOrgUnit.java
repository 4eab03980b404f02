package vn.doanthe.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A unit to open in an organisation's tree; {@code parentId} is empty only for the top unit. */
public record NewOrgUnit(
        @NotBlank(message = "{validation.required}") String organisationCode,
        @NotBlank(message = "{validation.required}") String type,
        Long parentId,
        @NotBlank(message = "{validation.required}") String adminUnitCode,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size}") String name,
        LocalDate establishedOn) {
}
