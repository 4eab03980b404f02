package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.control.MembershipRules;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.member.entity.Person;
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
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * Memberships: a person joins a branch, and their status changes over time. Every change closes
 * the membership's open period and opens the next, so counts can be taken as of any past day.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Memberships {

    @PersistenceContext
    EntityManager em;

    @Inject
    MembershipRules rules;

    @Inject
    Scopes scopes;

    @Inject
    Validator validator;

    @Inject
    PersonScope personScope;

    public MembershipView find(Long id) {
        return MembershipView.of(entity(id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MembershipView enrol(@NotNull NewMembership request) {
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(request));
        Person person = request.personId() == null ? null : em.find(Person.class, request.personId());
        if (person == null) {
            throw new InvalidInput("personId", "member.error.personNotFound", request.personId());
        }
        Scope scope = scopes.current();
        scope.require(personScope.covers(scope, person.getId()), "Person", person.getId(),
                () -> new InvalidInput("personId", "member.error.personNotFound", request.personId()));
        OrgUnit unit = refusals.has("orgUnitId") ? null
                : refusals.check(() -> rules.unit(request.orgUnitId(), request.organisationCode()));
        LocalDate joined = request.joinedOn();
        if (joined != null) {
            refusals.check(() -> {
                rules.joined(joined, person.getBirthDate());
                return null;
            });
        }
        String memberNumber = refusals.has("memberNumber") ? null
                : refusals.check(() -> TextCheck.text("memberNumber", request.memberNumber(), 30));
        refusals.throwIfAny();
        if (!rules.lockForJoining(List.of(unit.getId())).isEmpty()) {
            throw new InvalidInput("orgUnitId", "organisation.error.unitClosed", unit.getName());
        }
        if (!em.createNamedQuery("Membership.ofPersonIn", Membership.class).setParameter("person", person.getId())
                .setParameter("organisation", unit.getOrganisation().getId()).getResultList().isEmpty()) {
            throw new Conflict("orgUnitId", "member.error.alreadyMember", unit.getOrganisation().getShortName());
        }
        Membership membership = join(em, person, unit, memberNumber == null || memberNumber.isEmpty() ? null : memberNumber, joined,
                request.role() == null ? MemberRole.MEMBER : request.role());
        em.flush(); // the view carries the id the database assigns
        return MembershipView.of(membership);
    }

    /** A new membership, active from the day joined, with its first period; checked by the caller. */
    static Membership join(EntityManager em, Person person, OrgUnit unit, String memberNumber, LocalDate joined,
                           MemberRole role) {
        Membership membership = new Membership(person, unit, memberNumber, joined, role);
        em.persist(membership);
        em.persist(new MembershipPeriod(membership, unit, MembershipStatus.ACTIVE, joined));
        return membership;
    }

    /**
     * A new status from a day (today when none), with what it needs: working away, the place and a
     * contact; leaving, the reason. The same status again corrects the details of the current one
     * (where the member works away, how to reach them, the reason) without a new period. Every
     * mistake at once.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MembershipView changeStatus(@NotNull Long id, @NotNull StatusChange change) {
        Membership membership = entity(id);
        Refusals refusals = new Refusals();
        refusals.constraints(validator.validate(change));
        MembershipStatus status = change.status();
        String place = blankToNull(refusals.has("awayPlace") ? null
                : refusals.check(() -> TextCheck.text("awayPlace", change.awayPlace(), 200)));
        String contact = blankToNull(refusals.has("awayContact") ? null
                : refusals.check(() -> TextCheck.text("awayContact", change.awayContact(), 100)));
        String reason = blankToNull(refusals.has("reason") ? null
                : refusals.check(() -> TextCheck.text("reason", change.reason(), 300)));
        if (status == MembershipStatus.AWAY) {
            if (place == null && !refusals.has("awayPlace")) {
                refusals.refuse("awayPlace", "validation.required");
            }
            if (contact == null && !refusals.has("awayContact")) {
                refusals.refuse("awayContact", "validation.required");
            }
        }
        if (status == MembershipStatus.LEFT && reason == null && !refusals.has("reason")) {
            refusals.refuse("reason", "member.error.reasonRequired");
        }
        if (membership.getStatus() == MembershipStatus.DECEASED) {
            refusals.throwIfAny();
            throw new Conflict("status", "member.error.deceased");
        }
        if (status != null && status == membership.getStatus()) {
            if (status != MembershipStatus.AWAY && status != MembershipStatus.LEFT && status != MembershipStatus.PAUSED) {
                refusals.refuse("status", "member.error.sameStatus");
            }
            if (change.day() != null && !change.day().equals(membership.getStatusSince())) {
                // A correction keeps the day the status began: another day is said, not dropped.
                refusals.refuse("day", "member.error.correctionKeepsDay", membership.getStatusSince());
            }
            refusals.throwIfAny();
            membership.correctStatus(place, contact, reason);
            MutationContext.current().ifPresent(m -> m.reason(reason));
            return MembershipView.of(membership);
        }
        MembershipPeriod open = em.createNamedQuery("MembershipPeriod.open", MembershipPeriod.class)
                .setParameter("membership", id).getSingleResult();
        LocalDate day = change.day() == null ? VietnamTime.today() : change.day();
        // The dated history allows a change only after its last entry: the last status change, or a
        // transfer accepted since (which opened the current period in the new unit).
        LocalDate last = open.getValidFrom().isAfter(membership.getStatusSince()) ? open.getValidFrom()
                : membership.getStatusSince();
        if (day.isAfter(VietnamTime.today()) || !day.isAfter(last)) {
            refusals.refuse("day", "member.error.statusDayBetween", last.plusDays(1), VietnamTime.today(), last);
        }
        refusals.throwIfAny();
        open.endBefore(day);
        membership.changeStatus(status, day, place, contact, reason);
        em.persist(new MembershipPeriod(membership, membership.getUnit(), status, day));
        MutationContext.current().ifPresent(m -> m.reason(reason));
        return MembershipView.of(membership);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Membership entity(Long id) {
        Membership membership = id == null ? null : em.find(Membership.class, id);
        if (membership == null) {
            throw new RecordNotFound("id", "member.error.membershipNotFound", id);
        }
        Scope scope = scopes.current();
        scope.require(scope.covers(membership.getUnit()), "Membership", id,
                () -> new RecordNotFound("id", "member.error.membershipNotFound", id));
        return membership;
    }
}
