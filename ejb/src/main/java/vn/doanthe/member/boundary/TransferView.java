package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import vn.doanthe.member.entity.Transfer;

/** A transfer as the console and the API show it. */
public record TransferView(Long id, Long membershipId, Long personId, String personName, Long fromOrgUnitId,
                           String fromOrgUnitName, Long toOrgUnitId, String toOrgUnitName, LocalDate requestedOn,
                           Transfer.Status status, LocalDate decidedOn, String reason, String decisionNote)
        implements Serializable {

    public static TransferView of(Transfer t) {
        return new TransferView(t.getId(), t.getMembership().getId(), t.getMembership().getPerson().getId(),
                t.getMembership().getPerson().getFullName(), t.getFrom().getId(), t.getFrom().getName(),
                t.getTo().getId(), t.getTo().getName(), t.getRequestedOn(), t.getStatus(), t.getDecidedOn(),
                t.getReason(), t.getDecisionNote());
    }
}
