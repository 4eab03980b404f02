package vn.doanthe.member.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.doanthe.member.entity.MembershipStatus;

/** A member's new status from {@code day} (today when empty), with where an absent member can be reached or why they left. */
public record StatusChange(
        @NotNull(message = "{validation.required}") MembershipStatus status,
        LocalDate day,
        @Size(max = 200, message = "{validation.size}") String awayPlace,
        @Size(max = 100, message = "{validation.size}") String awayContact,
        @Size(max = 300, message = "{validation.size}") String reason) {
}
