package vn.doanthe.territory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.doanthe.territory.entity.AdminUnitType;

/**
 * A hamlet (thôn, ấp, khóm, tổ dân phố …) to add under a commune. Without a code, one is made from
 * the commune's: {@code 29254.03}.
 */
public record NewHamlet(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size}") String parentCode,
        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}") String name,
        @NotNull(message = "{validation.required}") AdminUnitType type,
        @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}", message = "{territory.error.codeFormat}") String code,
        LocalDate validFrom) {
}
