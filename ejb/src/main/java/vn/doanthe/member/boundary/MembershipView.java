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

    public static MembershipView of(Membership m) {
        return new MembershipView(m.getId(), m.getPerson().getId(), m.getOrganisation().getCode(),
                m.getOrganisation().getShortName(), m.getUnit().getId(), m.getUnit().getName(), m.getMemberNumber(),
                m.getJoinedOn(), m.getRole(), m.getStatus(), m.getStatusSince(), m.getAwayPlace(), m.getAwayContact(),
                m.getStatusReason());
    }
}
