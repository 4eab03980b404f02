package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.control.MembershipRules;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.LikePattern;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.VietnameseText;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.control.Where;

/**
 * Transfers of activity (chuyển sinh hoạt) between units of one organisation. While a transfer is
 * pending the member stays counted in the sending unit; on acceptance they are counted in the
 * receiving unit from the day of acceptance. Counted once, never twice or not at all.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Transfers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    MembershipRules rules;

    /** A transfer is seen by both ends: the sending unit and the receiving one. */
    public TransferView find(Long id) {
        Transfer transfer = entity(id);
        Scope scope = scopes.current();
        scope.require(scope.covers(transfer.getFrom()) || scope.covers(transfer.getTo()), "Transfer", id,
                () -> new RecordNotFound("id", "member.error.transferNotFound", id));
        return TransferView.of(transfer);
    }

    /**
     * The transfers the caller's scope sends or receives, pending first, then the latest; each
     * says whether the caller is on its receiving side.
     */
    public Page<TransferEntry> list(TransferQuery query, PageRequest page) {
        Scope scope = scopes.current();
        Where sent = scope.unit("t.from");
        Where received = scope.unit("t.to");
        Where where = (query.direction() == null ? sent.or(received)
                : query.direction() == TransferQuery.Direction.SENT ? sent : received)
                .andIfGiven("t.status = :status", "status", query.status());
        TypedQuery<Long> count = where.bind(em.createQuery("select count(t) from Transfer t where " + where.jpql(),
                Long.class));
        TypedQuery<Transfer> rows = where.bind(em.createQuery("select t from Transfer t where " + where.jpql()
                + " order by case when t.status = :pending then 0 else 1 end, t.requestedOn desc, t.id desc",
                Transfer.class));
        List<TransferEntry> entries = rows.setParameter("pending", Transfer.Status.PENDING)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(t -> new TransferEntry(TransferView.of(t), scope.covers(t.getTo()))).toList();
        return new Page<>(entries, count.getSingleResult());
    }

    /** How many transfers wait for a decision of a unit in the caller's scope (they receive them). */
    public long awaitingDecision() {
        return list(new TransferQuery(TransferQuery.Direction.RECEIVED, Transfer.Status.PENDING), new PageRequest(0, 1))
                .total();
    }

    /**
     * Open units of the membership's organisation anywhere in its province, other than its own,
     * whose name or territory matches {@code text}: where the member may be sent. Only the
     * membership needs to be in the caller's scope.
     */
    public List<TransferDestination> destinations(@NotNull Long membershipId, String text) {
        Membership membership = sending(membershipId);
        AdminUnit place = membership.getUnit().getAdminUnit();
        String[] line = place.getPath().split("/");
        Long province = line.length > 1 ? Long.valueOf(line[1]) : place.getId();
        String words = text == null ? "" : text.trim();
        Where inProvince = Where.subtree("u.adminUnit", "province", province, "/" + province + "/");
        return inProvince.bind(em.createQuery("""
                        select u from OrgUnit u where u.organisation.id = :organisation and u.closedOn is null
                        and u.id <> :current""" + " and " + inProvince.jpql() + """

                        and (u.nameKey like :text or u.adminUnit.nameKey like :text or u.adminUnit.code like :code)
                        order by u.adminUnit.code, u.name""", OrgUnit.class))
                .setParameter("organisation", membership.getOrganisation().getId())
                .setParameter("current", membership.getUnit().getId())
                .setParameter("text", "%" + LikePattern.escape(VietnameseText.fold(words)) + "%")
                .setParameter("code", LikePattern.escape(words) + "%")
                .setMaxResults(20).getResultStream().map(TransferDestination::of).toList();
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public TransferView issue(@NotNull Long membershipId, @NotNull @Valid NewTransfer request) {
        // The sending unit issues; the receiving unit may lie anywhere in the organisation.
        Membership membership = sending(membershipId);
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
            throw new InvalidInput("toOrgUnitId", "organisation.error.unitOfOtherOrganisation", to.getName(),
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
        Transfer transfer = new Transfer(membership, to, day, TextCheck.text("reason", request.reason(), 300));
        em.persist(transfer);
        em.flush(); // the view carries the id the database assigns
        return TransferView.of(transfer);
    }

    /** A membership of a unit in the caller's scope, which may send it elsewhere. */
    private Membership sending(Long membershipId) {
        Membership membership = membershipId == null ? null : em.find(Membership.class, membershipId);
        if (membership == null) {
            throw new RecordNotFound("id", "member.error.membershipNotFound", membershipId);
        }
        Scope scope = scopes.current();
        scope.require(scope.covers(membership.getUnit()), "Membership", membershipId,
                () -> new RecordNotFound("id", "member.error.membershipNotFound", membershipId));
        return membership;
    }

    /** The receiving unit accepts: from {@code day} the member is counted there. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public TransferView accept(@NotNull Long id, LocalDate day, @Size(max = 300) String note) {
        Transfer transfer = pending(id);
        LocalDate from = decisionDay(transfer, day);
        Membership membership = transfer.getMembership();
        MembershipPeriod open = em.createNamedQuery("MembershipPeriod.open", MembershipPeriod.class)
                .setParameter("membership", membership.getId()).getSingleResult();
        if (!from.isAfter(open.getValidFrom())) {
            throw new InvalidInput("day", "member.error.statusDayBetween", open.getValidFrom().plusDays(1),
                    VietnamTime.today(), open.getValidFrom());
        }
        if (!rules.lockForJoining(List.of(transfer.getTo().getId())).isEmpty()) {
            throw new Conflict("id", "member.error.transferToClosed", transfer.getTo().getName());
        }
        open.endBefore(from);
        membership.moveTo(transfer.getTo());
        em.persist(new MembershipPeriod(membership, transfer.getTo(), membership.getStatus(), from));
        transfer.accept(from, TextCheck.text("reason", note, 300));
        return TransferView.of(transfer);
    }

    /** The receiving unit refuses, saying why: the member stays where they are. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public TransferView refuse(@NotNull Long id, LocalDate day, @Size(max = 300) String note) {
        String why = TextCheck.text("reason", note, 300);
        if (why == null || why.isEmpty()) {
            throw new InvalidInput("reason", "member.error.refusalReason");
        }
        Transfer transfer = pending(id);
        transfer.refuse(decisionDay(transfer, day), why);
        MutationContext.current().ifPresent(m -> m.reason(why));
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
        // Locked and read again: of an acceptance and a refusal at the same moment, the second
        // waits and finds the transfer decided.
        em.refresh(transfer, LockModeType.PESSIMISTIC_WRITE);
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
