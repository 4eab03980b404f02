package vn.doanthe.training.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The table {@code training_completion}: for each person, the posts and years of the courses they
 * completed. Derived from their enrolments and rebuilt for one person in the command that changed
 * them (a result recorded, a merge), in its transaction, so coverage reads it instead of joining
 * enrolments, courses and their target posts for every holder.
 */
@Dependent
public class Completions {

    private static final String OF_PERSON = """
            INSERT INTO training_completion (person_id, post_type_id, completed_year)
            SELECT DISTINCT e.person_id, t.post_type_id, YEAR(c.ends_on)
              FROM enrolment e JOIN course c ON c.id = e.course_id JOIN course_target_post t ON t.course_id = c.id
             WHERE e.person_id = ?1 AND e.completed""";

    @PersistenceContext
    EntityManager em;

    /** The person's completions as their enrolments now say (the changes made so far are flushed first). */
    public void rebuild(long personId) {
        em.flush();
        em.createNativeQuery("DELETE FROM training_completion WHERE person_id = ?1").setParameter(1, personId)
                .executeUpdate();
        em.createNativeQuery(OF_PERSON).setParameter(1, personId).executeUpdate();
    }
}
