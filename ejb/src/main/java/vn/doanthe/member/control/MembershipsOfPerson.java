package vn.doanthe.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.Person;
import vn.doanthe.member.entity.Transfer;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * The registry's records of a person — memberships, their history and transfers — through the
 * person's lifecycle, every change made through the entities so the audit trail and the maintained
 * counts see each one.
 * <p>
 * A merge gives the kept person the other's memberships. Where both belong to the same organisation
 * (one membership per person and organisation), the kept person's membership stays and takes in
 * the other: a member since the earlier joining; up to the later joining the earlier record's
 * periods tell the history, from the later joining on the later record's do (on the same day, the
 * kept person's). The earlier record's periods that overlap the later one are removed, so a day on
 * which both records were counted counts the person once; their last state stays in the audit
 * trail. Transfers follow their membership.
 */
@PersonRecords({Membership.class, MembershipPeriod.class, Transfer.class})
@ApplicationScoped
public class MembershipsOfPerson {

    /** The part of a subject-access report that lists the person's transfers. */
    public static final String TRANSFERS = "transfers";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        for (Membership duplicate : memberships(merging.mergedId())) {
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
    }

    /** Status and unit stay for the counts; the texts written about the person go. */
    void anonymise(@Observes PersonAnonymising anonymising) {
        for (Membership membership : memberships(anonymising.personId())) {
            membership.eraseStatusTexts();
            for (Transfer transfer : transfers(membership)) {
                transfer.eraseTexts();
            }
        }
    }

    void collect(@Observes SubjectAccessReport report) {
        List<Membership> memberships = memberships(report.personId());
        report.holds("Membership", memberships.stream().map(Membership::getId).toList());
        report.section(TRANSFERS, em.createQuery("select t from Transfer t where t.membership.person.id = :person"
                        + " order by t.id", Transfer.class)
                .setParameter("person", report.personId()).getResultStream().map(TransferView::of).toList());
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
        for (Transfer transfer : transfers(duplicate)) {
            transfer.belongTo(own);
        }
        own.absorb(duplicate);
        em.flush(); // the duplicate's periods and transfers have left it
        em.remove(duplicate);
    }

    private List<Membership> memberships(long personId) {
        return em.createQuery("select m from Membership m where m.person.id = :person order by m.id", Membership.class)
                .setParameter("person", personId).getResultList();
    }

    private List<Transfer> transfers(Membership membership) {
        return em.createNamedQuery("Transfer.ofMembership", Transfer.class)
                .setParameter("membership", membership.getId()).getResultList();
    }

    private List<MembershipPeriod> history(Membership membership) {
        return em.createNamedQuery("MembershipPeriod.history", MembershipPeriod.class)
                .setParameter("membership", membership.getId()).getResultList();
    }
}
