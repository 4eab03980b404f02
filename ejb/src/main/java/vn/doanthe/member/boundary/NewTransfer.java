package vn.doanthe.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A transfer of a member to the unit {@code toOrgUnitId}, issued on {@code day} (today when empty). */
public record NewTransfer(
        @NotNull(message = "{validation.required}") Long toOrgUnitId,
        LocalDate day,
        @Size(max = 300, message = "{validation.size}") String reason) {
}
