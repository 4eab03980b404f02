package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import vn.doanthe.member.boundary.PersonScope;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.access.Callers;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.training.control.CourseFinder;
import vn.doanthe.training.control.Completions;
import vn.doanthe.training.control.CourseScope;
import vn.doanthe.training.entity.Course;
import vn.doanthe.training.entity.Enrolment;

/**
 * Who is enrolled in a course (học viên) and how they did. A course is for the holders of its
 * target posts: a person holding none of them during the course is enrolled only when the caller
 * says it is on purpose (a successor trained ahead of the election). The organiser records the
 * results; the trainee's own commune sees them.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Enrolments {

    private static final BigDecimal HIGHEST_SCORE = BigDecimal.TEN;
    /** EclipseLink's batch reading: the trainees (or courses) of a list in one query, not one each. */
    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    CourseFinder courses;

    @Inject
    PersonScope personScope;

    @Inject
    ChangeRecorder auditTrail;

    @Inject
    Callers callers;

    @Inject
    Completions completions;

    /** The enrolments of the course the caller sees, sorted as Vietnamese lists are (given name first). */
    public List<EnrolmentView> ofCourse(Long courseId) {
        Scope scope = scopes.current();
        courses.seen(scope, courseId);
        Where seen = CourseScope.enrolment(scope, "e").and("e.course.id = :course", "course", courseId);
        return seen.bind(em.createQuery("select e from Enrolment e join e.person p where " + seen.jpql()
                        + " order by p.givenName, p.familyName, p.middleName, p.id", Enrolment.class))
                .setHint(BATCH, "e.person").setHint(BATCH + ".type", "IN")
                .getResultStream().map(EnrolmentView::of).toList();
    }

    /** The trainees of a course as a file to download; it names persons, so its issue is recorded. */
    public List<EnrolmentView> exportOfCourse(Long courseId) {
        List<EnrolmentView> trainees = ofCourse(courseId);
        auditTrail.eventStarting(callers.current(), "EXPORT", "Enrolment", "trainees course=" + courseId
                + " rows=" + trainees.size());
        return trainees;
    }

    /** The courses a person was enrolled in, in the courses the caller sees, latest first. */
    public List<EnrolmentView> ofPerson(Long personId) {
        Scope scope = scopes.current();
        scope.require(personId != null && personScope.covers(scope, personId), "Person", personId,
                () -> new RecordNotFound("personId", "member.error.personNotFound", personId));
        Where seen = CourseScope.enrolment(scope, "e").and("e.person.id = :person", "person", personId);
        return seen.bind(em.createQuery("select e from Enrolment e where " + seen.jpql()
                        + " order by e.course.from desc, e.id desc", Enrolment.class))
                .setHint(BATCH, "e.course").setHint(BATCH + ".type", "IN")
                .getResultStream().map(EnrolmentView::of).toList();
    }

    public EnrolmentView find(Long id) {
        return EnrolmentView.of(seen(id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public EnrolmentView enrol(@NotNull Long courseId, @NotNull NewEnrolment request) {
        Scope scope = scopes.current();
        Course course = courses.seen(scope, courseId);
        Person person = personScope.inScope(scope, request.personId());
        boolean outsideTarget = Boolean.TRUE.equals(request.outsideTarget());
        if (!outsideTarget && !course.getTargetPosts().isEmpty() && !holdsTargetPost(person, course)) {
            throw new InvalidInput("personId", "training.error.outsideTarget", person.getFullName(),
                    course.getTargetPosts().stream().map(p -> p.getName()).sorted().collect(Collectors.joining(", ")));
        }
        if (!em.createNamedQuery("Enrolment.ofCourseAndPerson", Enrolment.class).setParameter("course", courseId)
                .setParameter("person", person.getId()).getResultList().isEmpty()) {
            throw new Conflict("personId", "training.error.alreadyEnrolled", person.getFullName());
        }
        Enrolment enrolment = new Enrolment(course, person, outsideTarget);
        em.persist(enrolment);
        em.flush(); // the view carries the id the database assigns
        return EnrolmentView.of(enrolment);
    }

    /** The organiser records how the trainee did; every mistake is answered at once. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public EnrolmentView result(@NotNull Long id, @NotNull EnrolmentResult result) {
        Enrolment enrolment = seen(id);
        Course course = enrolment.getCourse();
        if (!scopes.current().covers(course.getOrganiser())) {
            throw new AccessDenied("training.error.resultByOrganiser", course.getOrganiser().getName());
        }
        Refusals refusals = new Refusals();
        Boolean attended = refusals.required("attended", result.attended());
        if (attended != null && course.getFrom().isAfter(VietnamTime.today())) {
            refusals.refuse("attended", "training.error.notBegun", course.getFrom());
        }
        BigDecimal score = result.score();
        if (score != null && (score.signum() < 0 || score.compareTo(HIGHEST_SCORE) > 0
                || score.stripTrailingZeros().scale() > 2)) {
            refusals.refuse("score", "training.error.score");
        }
        boolean completed = Boolean.TRUE.equals(result.completed());
        if (completed && Boolean.FALSE.equals(attended)) {
            refusals.refuse("completed", "training.error.completedWithoutAttending");
        }
        String reflection = refusals.check(() -> TextCheck.paragraphs("reflection", result.reflection(), 2000));
        refusals.throwIfAny();
        enrolment.result(attended, score, completed, reflection == null || reflection.isEmpty() ? null : reflection);
        completions.rebuild(enrolment.getPerson().getId());
        return EnrolmentView.of(enrolment);
    }

    /**
     * The certificate of a trainee who completed the course; its issue is recorded (it carries the
     * person's name and birth date), committed at once as an export is.
     */
    public CertificateView certificate(@NotNull Long id) {
        Enrolment enrolment = seen(id);
        if (!enrolment.isCompleted()) {
            throw new Conflict("id", "training.error.notCompleted", enrolment.getPerson().getFullName());
        }
        auditTrail.eventStarting(callers.current(), "EXPORT", "Enrolment", "certificate id=" + id);
        return CertificateView.of(enrolment);
    }

    /** An enrolment made by mistake is withdrawn, as long as no result was recorded for it. */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public void withdraw(@NotNull Long id) {
        Enrolment enrolment = seen(id);
        if (enrolment.getAttended() != null) {
            throw new Conflict("id", "training.error.resultRecorded", enrolment.getPerson().getFullName());
        }
        em.remove(enrolment);
    }

    private Enrolment seen(Long id) {
        Enrolment enrolment = id == null ? null : em.find(Enrolment.class, id);
        if (enrolment == null) {
            throw new RecordNotFound("id", "training.error.enrolmentNotFound", id);
        }
        Scope scope = scopes.current();
        Where seen = CourseScope.enrolment(scope, "e").and("e.id = :id", "id", id);
        boolean visible = seen.bind(em.createQuery("select count(e) from Enrolment e where " + seen.jpql(), Long.class))
                .getSingleResult() > 0;
        scope.require(visible, "Enrolment", id,
                () -> new RecordNotFound("id", "training.error.enrolmentNotFound", id));
        return enrolment;
    }

    /** Whether the person held one of the course's target posts on one of its days. */
    private boolean holdsTargetPost(Person person, Course course) {
        return em.createQuery("""
                        select count(h) from PostHolding h where h.person = :person and h.post in :posts
                        and h.from <= :to and (h.to is null or h.to >= :from)""", Long.class)
                .setParameter("person", person).setParameter("posts", course.getTargetPosts())
                .setParameter("from", course.getFrom()).setParameter("to", course.getTo()).getSingleResult() > 0;
    }
}
