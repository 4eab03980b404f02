package vn.doanthe.cadre.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.cadre.boundary.RatingView;
import vn.doanthe.cadre.entity.CadreProfile;
import vn.doanthe.cadre.entity.CadreRating;
import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.ProfessionalLevel;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;

/**
 * A cadre's file and reviews through the person's lifecycle. A merge keeps one file, the higher
 * qualification and theory level of the two and the successor mark if either had it; a year
 * reviewed on both records keeps the kept record's level. Anonymisation erases the reviews' words;
 * levels and qualifications stay for the counts.
 */
@PersonRecords({CadreProfile.class, CadreRating.class})
@ApplicationScoped
public class ProfileOfPerson {

    /** The parts of a subject-access report that hold the person's file and reviews. */
    public static final String PROFILE = "cadreProfile";
    public static final String RATINGS = "cadreRatings";

    @PersistenceContext
    EntityManager em;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        CadreProfile own = profile(merging.keptId());
        CadreProfile duplicate = profile(merging.mergedId());
        if (duplicate != null && own == null) {
            duplicate.keptBy(kept);
        } else if (duplicate != null) {
            own.completeFrom(duplicate);
            em.remove(duplicate);
        }
        List<CadreRating> ownRatings = ratings(merging.keptId());
        for (CadreRating other : ratings(merging.mergedId())) {
            CadreRating sameYear = ownRatings.stream().filter(r -> r.getYear() == other.getYear()).findFirst()
                    .orElse(null);
            if (sameYear == null) {
                other.keptBy(kept);
            } else {
                sameYear.completeFrom(other);
                em.remove(other);
            }
        }
        em.flush(); // the duplicate's file goes before the unique person key could see two
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        ratings(anonymising.personId()).forEach(CadreRating::eraseTexts);
    }

    void collect(@Observes SubjectAccessReport report) {
        CadreProfile profile = profile(report.personId());
        List<CadreRating> ratings = ratings(report.personId());
        if (profile != null) {
            report.holds("CadreProfile", List.of(profile.getId()));
        }
        report.section(PROFILE, profile == null ? List.of() : List.of(new Facts(profile.getProfessionalLevel(),
                profile.getProfessionalField(), profile.getPoliticalTheory(), profile.isSuccessor(),
                profile.getSuccessorNote())));
        report.holds("CadreRating", ratings.stream().map(CadreRating::getId).toList());
        report.section(RATINGS, ratings.stream().map(RatingView::of).toList());
    }

    /** What the person's file says, as a subject-access report lists it. */
    public record Facts(ProfessionalLevel professionalLevel, String professionalField, PoliticalTheory politicalTheory,
                        boolean successor, String successorNote) {
    }

    private CadreProfile profile(long personId) {
        return em.createNamedQuery("CadreProfile.ofPerson", CadreProfile.class).setParameter("person", personId)
                .getResultStream().findFirst().orElse(null);
    }

    private List<CadreRating> ratings(long personId) {
        return em.createNamedQuery("CadreRating.ofPerson", CadreRating.class).setParameter("person", personId)
                .getResultList();
    }
}
