package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.doanthe.member.control.PersonMerge;
import vn.doanthe.member.control.PersonalData;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.access.Role;


/** Merging two records of one person (gộp hồ sơ trùng). */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class PersonMerges {

    /** The longest reason the audit trail keeps ({@code audit_entry.reason}). */
    static final int REASON_LENGTH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PersonMerge personMerge;

    @Inject
    PersonLookup lookup;

    /**
     * Joins a second record of the same person into the one kept (gộp hồ sơ trùng): memberships,
     * their history and transfers move to it, its empty fields are filled, and the second record
     * is deleted (see {@link PersonMerge}). Both must be in the caller's scope; every change is
     * recorded with the reason.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PersonView merge(@NotNull Long keptId, Long mergedId, String reason) {
        String why = TextCheck.text("reason", reason, REASON_LENGTH);
        if (why == null || why.isEmpty()) {
            throw new InvalidInput("reason", "member.error.mergeReason");
        }
        if (mergedId == null || mergedId.equals(keptId)) {
            throw new InvalidInput("mergedId", "member.error.mergeSamePerson");
        }
        // Both records locked in id order first: two merges of one pair, in opposite directions at
        // the same moment, then follow each other instead of deadlocking; the second finds its
        // record gone (404) or joined already.
        em.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
                .setParameter("ids", List.of(keptId, mergedId)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Scope scope = scopes.current();
        Person kept = lookup.inScope(keptId, scope);
        Person merged = lookup.inScope(mergedId, scope, "mergedId");
        requireAllMembershipsInScope(List.of(keptId, mergedId), scope);
        MutationContext context = MutationContext.current().orElseThrow();
        context.reason(why);
        personMerge.merge(kept, merged);
        context.act("MERGE", kept, "merged=" + mergedId);
        return PersonalData.masked(lookup.views(List.of(kept), scope).get(0));
    }

    /**
     * A merge moves or joins every membership of both records, so each must be the caller's to
     * change: a Women's Union officer cannot merge two records one of which also belongs to the
     * Youth Union, nor two whose memberships lie in another commune; someone whose scope covers
     * them can.
     */
    private void requireAllMembershipsInScope(List<Long> personIds, Scope scope) {
        boolean allInScope = em.createQuery("select m.unit from Membership m where m.person.id in :persons", OrgUnit.class)
                .setParameter("persons", personIds).getResultStream().allMatch(scope::covers);
        if (!allInScope) {
            throw new AccessDenied("member.error.mergeOutsideScope");
        }
    }
}
