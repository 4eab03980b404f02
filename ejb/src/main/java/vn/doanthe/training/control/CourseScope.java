package vn.doanthe.training.control;

import vn.doanthe.member.boundary.PersonScope;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.control.Where;

/**
 * The training feature's scope policy. A course is seen where its organiser is seen: a commune's
 * officer sees the courses her commune runs and those of the district and province above it, to
 * enrol her cadres in them. An enrolment is seen by the organiser's scope, and by the scope of the
 * trainee (her commune sees how its cadres did in the province's course, not the other communes').
 */
public final class CourseScope {

    private CourseScope() {
    }

    /** JPQL: the course {@code course} (an identification variable) may be seen. */
    public static Where course(Scope scope, String course) {
        return scope.visibleUnit(course + ".organiser");
    }

    /** JPQL: the training plan {@code plan} may be seen (as its courses are: its unit's and those above). */
    public static Where plan(Scope scope, String plan) {
        return scope.visibleUnit(plan + ".organiser");
    }

    /** JPQL: the enrolment {@code enrolment} may be seen. */
    public static Where enrolment(Scope scope, String enrolment) {
        if (scope.isEverything()) {
            return Where.always();
        }
        return course(scope, enrolment + ".course").and(
                scope.unit(enrolment + ".course.organiser").or(PersonScope.person(scope, enrolment + ".person")));
    }
}
