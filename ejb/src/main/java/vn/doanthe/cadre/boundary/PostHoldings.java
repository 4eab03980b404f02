package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.cadre.control.HoldingScope;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.cadre.entity.PostHolding;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.member.boundary.PersonScope;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * Who holds which post (giữ chức vụ): a person is elected, appointed or made acting in a post of a
 * unit, and leaves it. A post one person holds at a time cannot have two holders on the same day in
 * the same unit; two offices recording the same election at once are told apart by a lock on the
 * unit, so the second is refused rather than both written.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class PostHoldings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PersonScope personScope;

    @Inject
    UnitInScope units;

    public HoldingView find(Long id) {
        return HoldingView.of(entity(id));
    }

    /** The person's posts in scope, earliest first; a person outside the scope is missing. */
    public List<HoldingView> ofPerson(Long personId) {
        Scope scope = scopes.current();
        scope.require(personId != null && personScope.covers(scope, personId), "Person", personId,
                () -> new RecordNotFound("personId", "member.error.personNotFound", personId));
        Where inScope = HoldingScope.holding(scope, "h");
        var query = em.createQuery("select h from PostHolding h where h.person.id = :person and " + inScope.jpql()
                + " order by h.from desc, h.id desc", PostHolding.class).setParameter("person", personId);
        return inScope.bind(query).getResultStream().map(HoldingView::of).toList();
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public HoldingView hold(@NotNull NewHolding request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        Person person = refusals.check(() -> personScope.inScope(scope, request.personId()));
        OrgUnit unit = refusals.check(() -> units.open(scope, "orgUnitId", request.orgUnitId(), null));
        PostType post = refusals.check(() -> post(request.post(), unit));
        LocalDate from = refusals.required("from", request.from());
        HoldingMode mode = refusals.required("mode", request.mode());
        String decision = refusals.check(() -> TextCheck.text("decision", request.decision(), 100));
        LocalDate today = VietnamTime.today();
        if (from != null && from.isAfter(today)) {
            refusals.refuse("from", "cadre.error.startInFuture", today);
        } else if (from != null && person != null && from.isBefore(person.getBirthDate())) {
            refusals.refuse("from", "cadre.error.startBeforeBirth", person.getBirthDate());
        }
        if (request.to() != null && from != null && request.to().isBefore(from)) {
            refusals.refuse("to", "cadre.error.endBeforeStart", from);
        }
        refusals.throwIfAny();
        lock(unit);
        PostHolding holding = new PostHolding(person, unit, post, from, request.to(), mode,
                decision == null || decision.isEmpty() ? null : decision);
        refuseOverlap(holding);
        em.persist(holding);
        em.flush(); // the view carries the id the database assigns
        return HoldingView.of(holding);
    }

    /** The holder left the post on {@code on} (their last day), for the reason given. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public HoldingView end(@NotNull Long id, @NotNull HoldingEnd end) {
        PostHolding holding = entity(id);
        Refusals refusals = new Refusals();
        LocalDate on = refusals.required("on", end.on());
        String reason = refusals.check(() -> TextCheck.text("reason", end.reason(), 300));
        LocalDate today = VietnamTime.today();
        if (holding.getTo() != null && !holding.getTo().isAfter(today)) {
            throw new Conflict("on", "cadre.error.alreadyEnded", holding.getTo());
        }
        if (on != null && (on.isBefore(holding.getFrom()) || on.isAfter(today))) {
            refusals.refuse("on", "cadre.error.endBetween", holding.getFrom(), today);
        }
        refusals.throwIfAny();
        holding.end(on, reason == null || reason.isEmpty() ? null : reason);
        MutationContext.current().ifPresent(m -> m.reason(holding.getEndReason()));
        return HoldingView.of(holding);
    }

    private PostType post(String code, OrgUnit unit) {
        PostType post = code == null || code.isBlank() ? null : em.createNamedQuery("PostType.byCode", PostType.class)
                .setParameter("code", code.trim()).getResultStream().findFirst().orElse(null);
        if (post == null || !post.isActive()) {
            throw new InvalidInput("post", code == null || code.isBlank()
                    ? "validation.required" : "cadre.error.postNotFound", code);
        }
        if (unit != null && !post.getUnitType().getId().equals(unit.getType().getId())) {
            throw new InvalidInput("post", "cadre.error.postOfOtherUnitType",
                    post.getName(), unit.getType().getName());
        }
        return post;
    }

    /**
     * Locks the unit the post is held in, reading its current state: a second holder recorded at the
     * same moment waits, then sees the first and is refused.
     */
    private void lock(OrgUnit unit) {
        em.refresh(unit, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Reads the holdings as committed now (a locking read), not as the transaction first saw them. */
    private void refuseOverlap(PostHolding holding) {
        List<PostHolding> overlapping = em.createNamedQuery("PostHolding.overlapping", PostHolding.class)
                .setParameter("unit", holding.getUnit().getId()).setParameter("post", holding.getPost().getId())
                .setParameter("self", -1L).setParameter("from", holding.getFrom())
                .setParameter("to", holding.getTo() == null ? LocalDate.of(9999, 12, 31) : holding.getTo())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (PostHolding other : overlapping) {
            if (holding.getPost().isSingleHolder() || other.getPerson().getId().equals(holding.getPerson().getId())) {
                throw new Conflict("post", other.getPerson().getId().equals(holding.getPerson().getId())
                        ? "cadre.error.alreadyHolds" : "cadre.error.singleHolderTaken", holding.getPost().getName(),
                        other.getPerson().getFullName(), other.getFrom());
            }
        }
    }

    private PostHolding entity(Long id) {
        PostHolding holding = id == null ? null : em.find(PostHolding.class, id);
        if (holding == null) {
            throw new RecordNotFound("id", "cadre.error.holdingNotFound", id);
        }
        Scope scope = scopes.current();
        scope.require(scope.covers(holding.getUnit()), "PostHolding", id,
                () -> new RecordNotFound("id", "cadre.error.holdingNotFound", id));
        return holding;
    }
}
