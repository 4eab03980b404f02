package vn.doanthe.member.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.member.boundary.MemberRatingView;
import vn.doanthe.member.entity.MemberRating;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * A Youth Union member's yearly ratings through the person's lifecycle. A merge gives the kept
 * record the other's rows; a year and branch recorded on both keeps the kept record's, completed
 * from the other's. Anonymisation erases the words; the levels stay for the counts.
 */
@PersonRecords(MemberRating.class)
@ApplicationScoped
public class RatingsOfPerson {

    /** The part of a subject-access report that lists the person's ratings. */
    public static final String RATINGS = "memberRatings";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        List<MemberRating> own = ratings(merging.keptId());
        for (MemberRating other : ratings(merging.mergedId())) {
            MemberRating same = own.stream().filter(r -> r.getYear() == other.getYear()
                    && r.getUnit().getId().equals(other.getUnit().getId())).findFirst().orElse(null);
            if (same == null) {
                other.keptBy(kept);
            } else {
                same.completeFrom(other);
                em.remove(other);
            }
        }
        em.flush(); // the duplicate's rows go before the unique key could see two
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        ratings(anonymising.personId()).forEach(MemberRating::eraseTexts);
    }

    void collect(@Observes SubjectAccessReport report) {
        List<MemberRating> ratings = ratings(report.personId());
        report.holds("MemberRating", ratings.stream().map(MemberRating::getId).toList());
        report.section(RATINGS, ratings.stream().map(MemberRatingView::of).toList());
    }

    private List<MemberRating> ratings(long personId) {
        return em.createNamedQuery("MemberRating.ofPerson", MemberRating.class).setParameter("person", personId)
                .getResultList();
    }
}
