package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.doanthe.member.entity.MembershipStatus;

/**
 * Members of a territorial unit and everything below it on a day: memberships, persons counted once
 * across organisations, per organisation, per status, and per unit directly below.
 */
public record MemberCounts(String unit, String name, LocalDate asOf, long persons, long memberships,
                           List<OrganisationCount> byOrganisation, Map<MembershipStatus, Long> byStatus,
                           List<ChildCount> children) implements Serializable {

    /** {@code eligible} and {@code ratio} stay empty until eligible population figures are entered. */
    public record OrganisationCount(String organisation, String name, long members, Long eligible, BigDecimal ratio)
            implements Serializable {
    }

    public record ChildCount(String unit, String name, long persons, long memberships) implements Serializable {
    }
}
