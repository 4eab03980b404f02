package vn.doanthe.cadre.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.cadre.boundary.HoldingView;
import vn.doanthe.cadre.entity.PostHolding;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.BirthDateCorrected;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * A cadre's posts through the person's lifecycle. A merge gives the kept person the other's
 * holdings; the same post in the same unit recorded on both records for overlapping days is one
 * holding (the same election entered twice): the kept one spans both and the other goes, its last
 * state kept in the audit trail. Anonymisation erases why they left a post; posts, units and dates
 * stay, so the cadre counts and the succession report come out as before. A holding keeps a copy of
 * its holder's birth date for those reports, brought in step when the person's changes.
 */
@PersonRecords(PostHolding.class)
@ApplicationScoped
public class HoldingsOfPerson {

    /** The part of a subject-access report that lists the person's posts. */
    public static final String POSTS = "posts";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        List<PostHolding> own = holdings(merging.keptId());
        for (PostHolding duplicate : holdings(merging.mergedId())) {
            PostHolding same = own.stream().filter(h -> h.getUnit().equals(duplicate.getUnit())
                    && h.getPost().equals(duplicate.getPost()) && h.overlaps(duplicate)).findFirst().orElse(null);
            if (same == null) {
                duplicate.heldBy(kept);
            } else {
                same.span(duplicate);
                em.remove(duplicate);
            }
        }
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        holdings(anonymising.personId()).forEach(PostHolding::eraseTexts);
    }

    /** The holdings' copy of the birth date follows the person's (a bulk statement: the copy is not audited). */
    void birthDate(@Observes BirthDateCorrected corrected) {
        em.createNativeQuery("UPDATE post_holding SET holder_born_on = ?1 WHERE person_id = ?2")
                .setParameter(1, java.sql.Date.valueOf(corrected.birthDate())).setParameter(2, corrected.personId())
                .executeUpdate();
    }

    void collect(@Observes SubjectAccessReport report) {
        List<PostHolding> holdings = holdings(report.personId());
        report.holds("PostHolding", holdings.stream().map(PostHolding::getId).toList());
        report.section(POSTS, holdings.stream().map(HoldingView::of).toList());
    }

    private List<PostHolding> holdings(long personId) {
        return em.createNamedQuery("PostHolding.ofPerson", PostHolding.class).setParameter("person", personId)
                .getResultList();
    }
}
