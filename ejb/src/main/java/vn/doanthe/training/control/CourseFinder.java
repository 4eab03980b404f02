package vn.doanthe.training.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.training.entity.Course;

/** A course by its id, as the caller may see it: one outside the scope is answered as missing (404). */
@Dependent
public class CourseFinder {

    @PersistenceContext
    EntityManager em;

    public Course seen(Scope scope, Long id) {
        Course course = id == null ? null : em.find(Course.class, id);
        if (course == null) {
            throw new RecordNotFound("id", "training.error.courseNotFound", id);
        }
        scope.require(scope.sees(course.getOrganiser()), "Course", id,
                () -> new RecordNotFound("id", "training.error.courseNotFound", id));
        return course;
    }
}
