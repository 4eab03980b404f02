package vn.doanthe.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.person.PersonAnonymising;
import vn.doanthe.platform.person.PersonMerging;
import vn.doanthe.platform.person.PersonRecords;
import vn.doanthe.platform.person.SubjectAccessReport;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.entity.Enrolment;

/**
 * A trainee's enrolments through the person's lifecycle. A merge gives the kept person the other's
 * enrolments; one course on both records is one enrolment (entered twice): the kept one takes the
 * better result and the other goes, its last state kept in the audit trail. Anonymisation erases
 * the written reflection; attendance, score and completion stay, so the training coverage comes
 * out as before.
 */
@PersonRecords(Enrolment.class)
@ApplicationScoped
public class EnrolmentsOfPerson {

    /** The part of a subject-access report that lists the person's trainings. */
    public static final String TRAININGS = "trainings";

    @PersistenceContext
    EntityManager em;

    @Inject
    Completions completions;

    void merge(@Observes PersonMerging merging) {
        Person kept = em.find(Person.class, merging.keptId());
        List<Enrolment> own = enrolments(merging.keptId());
        for (Enrolment duplicate : enrolments(merging.mergedId())) {
            Enrolment same = own.stream().filter(e -> e.getCourse().equals(duplicate.getCourse())).findFirst()
                    .orElse(null);
            if (same == null) {
                duplicate.enrolled(kept);
            } else {
                same.join(duplicate);
                em.remove(duplicate);
            }
        }
        completions.rebuild(merging.keptId());
        completions.rebuild(merging.mergedId()); // none left: the duplicate's rows go before the person does
    }

    void anonymise(@Observes PersonAnonymising anonymising) {
        enrolments(anonymising.personId()).forEach(Enrolment::eraseTexts);
    }

    void collect(@Observes SubjectAccessReport report) {
        List<Enrolment> enrolments = enrolments(report.personId());
        report.holds("Enrolment", enrolments.stream().map(Enrolment::getId).toList());
        report.section(TRAININGS, enrolments.stream().map(EnrolmentView::of).toList());
    }

    private List<Enrolment> enrolments(long personId) {
        return em.createNamedQuery("Enrolment.ofPerson", Enrolment.class).setParameter("person", personId)
                .getResultList();
    }
}
