package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
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
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Role;

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
    PersonScope personScope;

    public MembershipView find(Long id) {
        return MembershipView.of(entity(id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MembershipView enrol(@NotNull @Valid NewMembership request) {
        Person person = em.find(Person.class, request.personId());
        if (person == null) {
            throw new InvalidInput("personId", "member.error.personNotFound", request.personId());
        }
        Scope scope = scopes.current();
        scope.require(personScope.covers(scope, person.getId()), "Person", person.getId(),
                () -> new InvalidInput("personId", "member.error.personNotFound", request.personId()));
        OrgUnit unit = rules.unit(request.orgUnitId(), request.organisationCode());
        if (!rules.lockForJoining(List.of(unit.getId())).isEmpty()) {
            throw new InvalidInput("orgUnitId", "organisation.error.unitClosed", unit.getName());
        }
        if (!em.createNamedQuery("Membership.ofPersonIn", Membership.class).setParameter("person", person.getId())
                .setParameter("organisation", unit.getOrganisation().getId()).getResultList().isEmpty()) {
            throw new Conflict("orgUnitId", "member.error.alreadyMember", unit.getOrganisation().getShortName());
        }
        LocalDate joined = request.joinedOn();
        rules.joined(joined, person.getBirthDate());
        String memberNumber = TextCheck.text("memberNumber", request.memberNumber(), 30);
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

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public MembershipView changeStatus(@NotNull Long id, @NotNull @Valid StatusChange change) {
        Membership membership = entity(id);
        LocalDate day = change.day() == null ? VietnamTime.today() : change.day();
        if (membership.getStatus() == MembershipStatus.DECEASED) {
            throw new Conflict("status", "member.error.deceased");
        }
        if (membership.getStatus() == change.status()) {
            throw new InvalidInput("status", "member.error.sameStatus");
        }
        if (change.status() == MembershipStatus.LEFT && (change.reason() == null || change.reason().isBlank())) {
            throw new InvalidInput("reason", "member.error.reasonRequired");
        }
        MembershipPeriod open = em.createNamedQuery("MembershipPeriod.open", MembershipPeriod.class)
                .setParameter("membership", id).getSingleResult();
        // The dated history allows a change only after its last entry: the last status change, or a
        // transfer accepted since (which opened the current period in the new unit).
        LocalDate last = open.getValidFrom().isAfter(membership.getStatusSince()) ? open.getValidFrom()
                : membership.getStatusSince();
        if (day.isAfter(VietnamTime.today()) || !day.isAfter(last)) {
            throw new InvalidInput("day", "member.error.statusDayBetween", last.plusDays(1),
                    VietnamTime.today(), last);
        }
        open.endBefore(day);
        String reason = TextCheck.text("reason", change.reason(), 300);
        membership.changeStatus(change.status(), day, TextCheck.text("awayPlace", change.awayPlace(), 200),
                TextCheck.text("awayContact", change.awayContact(), 100), reason);
        em.persist(new MembershipPeriod(membership, membership.getUnit(), change.status(), day));
        MutationContext.current().ifPresent(m -> m.reason(reason));
        return MembershipView.of(membership);
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
