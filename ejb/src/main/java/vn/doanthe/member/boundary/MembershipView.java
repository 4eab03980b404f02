package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipStatus;

/** A membership as the console and the API show it. */
public record MembershipView(Long id, Long personId, String organisationCode, String organisationName, Long orgUnitId,
                             String orgUnitName, String memberNumber, LocalDate joinedOn, MemberRole role,
                             MembershipStatus status, LocalDate statusSince, String awayPlace, String awayContact,
                             String statusReason) implements Serializable {

    /**
     * The columns of a membership {@code m} with its organisation {@code o} and unit {@code u}, read as
     * a projection; {@link #of(Object[])} reads them.
     */
    static final String COLUMNS = "m.id, m.person.id, o.code, o.shortName, u.id, u.name, m.memberNumber, m.joinedOn,"
            + " m.role, m.status, m.statusSince, m.awayPlace, m.awayContact, m.statusReason";

    static MembershipView of(Object[] r) {
        return new MembershipView((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5],
                (String) r[6], (LocalDate) r[7], (MemberRole) r[8], (MembershipStatus) r[9], (LocalDate) r[10],
                (String) r[11], (String) r[12], (String) r[13]);
    }

    public static MembershipView of(Membership m) {
        return new MembershipView(m.getId(), m.getPerson().getId(), m.getOrganisation().getCode(),
                m.getOrganisation().getShortName(), m.getUnit().getId(), m.getUnit().getName(), m.getMemberNumber(),
                m.getJoinedOn(), m.getRole(), m.getStatus(), m.getStatusSince(), m.getAwayPlace(), m.getAwayContact(),
                m.getStatusReason());
    }
}
