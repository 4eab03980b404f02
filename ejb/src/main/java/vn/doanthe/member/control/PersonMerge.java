package vn.doanthe.member.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.audit.control.SubjectKeys;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
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
    SubjectKeys subjectKeys;

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
        for (Membership duplicate : memberships(merged)) {
            Membership own = em.createNamedQuery("Membership.ofPersonIn", Membership.class)
                    .setParameter("person", kept.getId())
                    .setParameter("organisation", duplicate.getOrganisation().getId())
                    .getResultStream().findFirst().orElse(null);
            if (own == null) {
                duplicate.heldBy(kept);
            } else {
                join(own, duplicate);
            }
        }
        em.flush(); // nothing refers to the merged person any more
        // What the trail recorded under the merged record is about the kept person now: its keys
        // go when the kept person is anonymised.
        subjectKeys.transfer(merged.getId(), kept.getId());
        em.remove(merged);
        em.flush(); // its CCCD is free before the kept person takes it
        kept.completeFrom(merged);
    }

    private void join(Membership own, Membership duplicate) {
        boolean duplicateLater = duplicate.getJoinedOn().isAfter(own.getJoinedOn());
        Membership earlier = duplicateLater ? own : duplicate;
        LocalDate laterJoined = duplicateLater ? duplicate.getJoinedOn() : own.getJoinedOn();
        for (MembershipPeriod period : history(earlier)) {
            if (!period.getValidFrom().isBefore(laterJoined)) {
                em.remove(period);
            } else if (period.getValidTo() == null || !period.getValidTo().isBefore(laterJoined)) {
                period.endBefore(laterJoined);
            }
        }
        for (MembershipPeriod period : history(duplicate)) {
            if (em.contains(period)) {
                period.belongTo(own);
            }
        }
        for (Transfer transfer : em.createNamedQuery("Transfer.ofMembership", Transfer.class)
                .setParameter("membership", duplicate.getId()).getResultList()) {
            transfer.belongTo(own);
        }
        own.absorb(duplicate);
        em.flush(); // the duplicate's periods and transfers have left it
        em.remove(duplicate);
    }

    private List<Membership> memberships(Person person) {
        return em.createQuery("select m from Membership m where m.person.id = :person order by m.id", Membership.class)
                .setParameter("person", person.getId()).getResultList();
    }

    private List<MembershipPeriod> history(Membership membership) {
        return em.createNamedQuery("MembershipPeriod.history", MembershipPeriod.class)
                .setParameter("membership", membership.getId()).getResultList();
    }
}
