package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.control.Scope;
import vn.doanthe.security.control.Scopes;

/**
 * Transfers of activity (chuyển sinh hoạt) between units of one organisation. While a transfer is
 * pending the member stays counted in the sending unit; on acceptance they are counted in the
 * receiving unit from the day of acceptance. Counted once, never twice or not at all.
 */
@Stateless
public class Transfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    /** A transfer is seen by both ends: the sending unit and the receiving one. */
    public TransferView find(Long id) {
        Transfer transfer = entity(id);
        Scope scope = scopes.current();
        scope.require(scope.covers(transfer.getFrom()) || scope.covers(transfer.getTo()), "Transfer", id,
                () -> new RecordNotFound("id", "member.error.transferNotFound", id));
        return TransferView.of(transfer);
    }

    @Mutation
    public TransferView issue(@NotNull Long membershipId, @NotNull @Valid NewTransfer request) {
        Membership membership = em.find(Membership.class, membershipId);
        if (membership == null) {
            throw new RecordNotFound("id", "member.error.membershipNotFound", membershipId);
        }
        // The sending unit issues; the receiving unit may lie anywhere in the organisation.
        Scope scope = scopes.current();
        scope.require(scope.covers(membership.getUnit()), "Membership", membershipId,
                () -> new RecordNotFound("id", "member.error.membershipNotFound", membershipId));
        if (!membership.getStatus().isCounted()) {
            throw new Conflict("status", "member.error.transferNotMember");
        }
        OrgUnit to = em.find(OrgUnit.class, request.toOrgUnitId());
        if (to == null) {
            throw new InvalidInput("toOrgUnitId", "organisation.error.unitNotFound");
        }
        if (!to.isOpen()) {
            throw new InvalidInput("toOrgUnitId", "member.error.transferToClosed", to.getName());
        }
        if (!to.getOrganisation().getId().equals(membership.getOrganisation().getId())) {
            throw new InvalidInput("toOrgUnitId", "member.error.unitOfOtherOrganisation", to.getName(),
                    membership.getOrganisation().getShortName());
        }
        if (to.getId().equals(membership.getUnit().getId())) {
            throw new InvalidInput("toOrgUnitId", "member.error.transferSameUnit");
        }
        if (!em.createNamedQuery("Transfer.pendingOf", Transfer.class).setParameter("membership", membershipId)
                .setParameter("pending", Transfer.Status.PENDING).getResultList().isEmpty()) {
            throw new Conflict("toOrgUnitId", "member.error.transferPending");
        }
        LocalDate day = request.day() == null ? VietnamTime.today() : request.day();
        if (day.isAfter(VietnamTime.today()) || day.isBefore(membership.getStatusSince())) {
            throw new InvalidInput("day", "member.error.statusDay");
        }
        Transfer transfer = new Transfer(membership, to, day, request.reason());
        em.persist(transfer);
        em.flush(); // the view carries the id the database assigns
        return TransferView.of(transfer);
    }

    /** The receiving unit accepts: from {@code day} the member is counted there. */
    @Mutation
    public TransferView accept(@NotNull Long id, LocalDate day, @Size(max = 300) String note) {
        Transfer transfer = pending(id);
        LocalDate from = decisionDay(transfer, day);
        Membership membership = transfer.getMembership();
        MembershipPeriod open = em.createNamedQuery("MembershipPeriod.open", MembershipPeriod.class)
                .setParameter("membership", membership.getId()).getSingleResult();
        if (!from.isAfter(open.getValidFrom())) {
            throw new InvalidInput("day", "member.error.statusDay");
        }
        open.endBefore(from);
        membership.moveTo(transfer.getTo());
        em.persist(new MembershipPeriod(membership, transfer.getTo(), membership.getStatus(), from));
        transfer.accept(from, note);
        return TransferView.of(transfer);
    }

    /** The receiving unit refuses, saying why: the member stays where they are. */
    @Mutation
    public TransferView refuse(@NotNull Long id, LocalDate day, @Size(max = 300) String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("reason", "member.error.reasonRequired");
        }
        Transfer transfer = pending(id);
        transfer.refuse(decisionDay(transfer, day), note);
        MutationContext.current().ifPresent(m -> m.reason(note));
        return TransferView.of(transfer);
    }

    private static LocalDate decisionDay(Transfer transfer, LocalDate day) {
        LocalDate decided = day == null ? VietnamTime.today() : day;
        if (decided.isAfter(VietnamTime.today()) || decided.isBefore(transfer.getRequestedOn())) {
            throw new InvalidInput("day", "member.error.statusDay");
        }
        return decided;
    }

    /** A pending transfer, decided by the receiving unit only. */
    private Transfer pending(Long id) {
        Transfer transfer = entity(id);
        Scope scope = scopes.current();
        scope.require(scope.covers(transfer.getTo()), "Transfer", id,
                () -> new RecordNotFound("id", "member.error.transferNotFound", id));
        if (!transfer.isPending()) {
            throw new Conflict(null, "member.error.transferDecided");
        }
        return transfer;
    }

    private Transfer entity(Long id) {
        Transfer transfer = id == null ? null : em.find(Transfer.class, id);
        if (transfer == null) {
            throw new RecordNotFound("id", "member.error.transferNotFound", id);
        }
        return transfer;
    }
}
