package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.platform.boundary.Conflict;

/**
 * Joins two records of one person (gộp hồ sơ trùng), every change made through the entities so the
 * audit trail and the maintained counts see each one.
 * <p>
 * The kept person receives the other's memberships. Where both belong to the same organisation
 * (one membership per person and organisation), the kept person's membership stays and takes in
 * the other: a member since the earlier joining; up to the later joining the earlier record's
 * periods tell the history, from the later joining on the later record's do (on the same day, the
 * kept person's). The earlier record's periods that overlap the later one are removed, so a day on
 * which both records were counted counts the person once; their last state stays in the audit
 * trail. Transfers follow their membership.
 * <p>
 * The merged person's row is then deleted rather than kept and marked: a retired row would hold
 * its CCCD against the kept person (one CCCD is one person) and every list, search, duplicate
 * check and scope query would have to learn to skip it. Its DELETE audit entry keeps its last
 * state (GET /audit/state rebuilds it), and the command's MERGE entry on the kept person names it.
 */
@Dependent
public class PersonMerge {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PersonMerging> merging;

    /** Refuses a merge of two different CCCDs, or while a transfer of either person is pending. */
    public void check(Person kept, Person merged) {
        if (kept.getNationalId() != null && merged.getNationalId() != null
                && !kept.getNationalId().equals(merged.getNationalId())) {
            throw new Conflict("mergedId", "member.error.mergeNationalIds");
        }
        if (kept.getNationalId() == null && merged.getNationalId() != null) {
            NationalId.check(merged.getNationalId(), kept.getGender(), kept.getBirthDate()).ifPresent(problem -> {
                throw new Conflict("mergedId", "member.error.mergeNationalIdMismatch");
            });
        }
        Long pending = em.createQuery("select count(t) from Transfer t where t.membership.person.id in :persons"
                        + " and t.status = :pending", Long.class)
                .setParameter("persons", List.of(kept.getId(), merged.getId()))
                .setParameter("pending", Transfer.Status.PENDING).getSingleResult();
        if (pending > 0) {
            throw new Conflict("mergedId", "member.error.mergePendingTransfer");
        }
    }

    public void merge(Person kept, Person merged) {
        check(kept, merged);
        // Every feature moves its records of the merged person to the kept one (the registry's
        // memberships with their history and transfers: MembershipsOfPerson); the audit trail
        // hands over the keys of what it recorded about the merged record.
        merging.fire(new PersonMerging(kept.getId(), merged.getId()));
        em.flush(); // nothing refers to the merged person any more
        em.remove(merged);
        em.flush(); // its CCCD is free before the kept person takes it
        kept.completeFrom(merged);
    }
}
