package vn.doanthe.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.doanthe.member.entity.MemberRole;

/**
 * A person joining the unit {@code orgUnitId}. The organisation is the unit's; when the caller names
 * one ({@code organisationCode}) it must be that one.
 */
public record NewMembership(
        @NotNull(message = "{validation.required}") Long personId,
        @NotNull(message = "{validation.required}") Long orgUnitId,
        String organisationCode,
        @Size(max = 30, message = "{validation.size}") String memberNumber,
        @NotNull(message = "{validation.required}") LocalDate joinedOn,
        MemberRole role) {
}
