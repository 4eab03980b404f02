package vn.doanthe.member.control;

import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.entity.OrgUnit;

/**
 * How long a member has belonged without a break, read from the periods of one membership: since
 * when in the organisation (a transfer between branches is no break, a pause or leaving is) and
 * since when in the branch held on the day. A member working away still belongs.
 *
 * @param unit the branch on the day; null when the person was no member that day
 */
public record YouthUnionTenure(OrgUnit unit, LocalDate inOrganisationSince, LocalDate inBranchSince) {

    /** The months a member must have belonged, without a break, to be rated for a year. */
    public static final int MONTHS_TO_BE_RATED = 6;

    private static final YouthUnionTenure NONE = new YouthUnionTenure(null, null, null);

    /** The tenure on {@code day}, from the membership's periods in the order they began. */
    public static YouthUnionTenure on(List<MembershipPeriod> periods, LocalDate day) {
        int at = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (covers(periods.get(i), day)) {
                at = i;
            }
        }
        if (at < 0 || !belongs(periods.get(at))) {
            return NONE;
        }
        OrgUnit unit = periods.get(at).getUnit();
        LocalDate organisationSince = periods.get(at).getValidFrom();
        LocalDate branchSince = organisationSince;
        boolean sameBranch = true;
        for (int i = at - 1; i >= 0; i--) {
            MembershipPeriod before = periods.get(i);
            if (!belongs(before) || before.getValidTo() == null
                    || !before.getValidTo().plusDays(1).equals(organisationSince)) {
                break;
            }
            organisationSince = before.getValidFrom();
            sameBranch = sameBranch && before.getUnit().getId().equals(unit.getId());
            if (sameBranch) {
                branchSince = organisationSince;
            }
        }
        return new YouthUnionTenure(unit, organisationSince, branchSince);
    }

    /** Whether the member had belonged long enough on {@code day} to be rated. */
    public boolean longEnough(LocalDate day) {
        return inOrganisationSince != null && !inOrganisationSince.isAfter(day.minusMonths(MONTHS_TO_BE_RATED));
    }

    public boolean isMember() {
        return unit != null;
    }

    /** Whether a period counts the person in {@code unit} at some day from {@code first} to {@code last}. */
    public static boolean inBranchBetween(MembershipPeriod period, OrgUnit unit, LocalDate first, LocalDate last) {
        return belongs(period) && period.getUnit().getId().equals(unit.getId()) && !period.getValidFrom().isAfter(last)
                && (period.getValidTo() == null || !period.getValidTo().isBefore(first));
    }

    private static boolean covers(MembershipPeriod period, LocalDate day) {
        return !period.getValidFrom().isAfter(day) && (period.getValidTo() == null || !period.getValidTo().isBefore(day));
    }

    private static boolean belongs(MembershipPeriod period) {
        return period.getStatus() == MembershipStatus.ACTIVE || period.getStatus() == MembershipStatus.AWAY;
    }
}
