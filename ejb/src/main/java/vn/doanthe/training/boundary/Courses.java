package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.InvalidInput;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.training.control.CourseFinder;
import vn.doanthe.training.control.CourseScope;
import vn.doanthe.training.entity.Course;
import vn.doanthe.training.entity.CourseTopic;

/**
 * Training courses (lớp tập huấn, bồi dưỡng cán bộ): an organisation unit's staff register a course
 * for the holders of some posts, with its topics, dates, mode and venue; the courses of the units
 * above are seen too, so a commune enrols its cadres in the district's course.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Courses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    CourseFinder found;

    /** The courses the caller sees, latest first. */
    public Page<CourseView> list(CourseQuery query, PageRequest page) {
        Where seen = CourseScope.course(scopes.current(), "c")
                .andIfGiven("c.organiser.organisation.code = :organisation", "organisation", query.organisation());
        if (query.year() != null) {
            seen = seen.and(Where.of("c.to between :first and :last", Map.of("first", LocalDate.of(query.year(), 1, 1),
                    "last", LocalDate.of(query.year(), 12, 31))));
        }
        long total = seen.bind(em.createQuery("select count(c) from Course c where " + seen.jpql(), Long.class))
                .getSingleResult();
        List<CourseView> items = seen.bind(em.createQuery("select c from Course c where " + seen.jpql()
                        + " order by c.from desc, c.id desc", Course.class))
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(CourseView::of).toList();
        return new Page<>(items, total);
    }

    public CourseView find(Long id) {
        return CourseView.of(found.seen(scopes.current(), id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public CourseView create(@NotNull NewCourse request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        String title = refusals.check(() -> TextCheck.name("title", request.title(), 200));
        OrgUnit organiser = refusals.check(() -> organiser(scope, request.organisation(), request.organiserUnitId()));
        LocalDate from = refusals.required("from", request.from());
        LocalDate to = refusals.required("to", request.to());
        if (from != null && to != null && to.isBefore(from)) {
            refusals.refuse("to", "training.error.endBeforeStart", from);
        }
        refusals.required("mode", request.mode());
        String venue = refusals.check(() -> TextCheck.text("venue", request.venue(), 200));
        String programme = refusals.check(() -> TextCheck.text("programme", request.programme(), 200));
        Set<PostType> targets = refusals.check(() -> targetPosts(organiser, request.targetPosts()));
        List<CourseTopic> topics = topics(refusals, request.topics());
        refusals.throwIfAny();
        Course course = new Course(title, organiser, from, to, request.mode(), blankless(venue), blankless(programme),
                topics, targets);
        em.persist(course);
        em.flush(); // the view carries the id the database assigns
        return CourseView.of(course);
    }

    /** The organiser: an open unit in the caller's scope, of the organisation named. */
    private OrgUnit organiser(Scope scope, String organisation, Long unitId) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new InvalidInput("organiserUnitId", unitId == null ? "validation.required"
                    : "organisation.error.unitNotFound");
        }
        scope.require(scope.covers(unit), "OrgUnit", unitId,
                () -> new InvalidInput("organiserUnitId", "organisation.error.unitNotFound"));
        if (!unit.isOpen()) {
            throw new InvalidInput("organiserUnitId", "organisation.error.unitClosed", unit.getName());
        }
        if (organisation != null && !organisation.isBlank() && !organisation.trim().equals(unit.getOrganisation().getCode())) {
            throw new InvalidInput("organiserUnitId", "training.error.organiserOfOtherOrganisation", unit.getName(),
                    organisation.trim());
        }
        return unit;
    }

    /** The posts named, each one of the organiser's organisation; one not found is refused naming it. */
    private Set<PostType> targetPosts(OrgUnit organiser, List<String> codes) {
        Set<PostType> posts = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            PostType post = code == null ? null : em.createNamedQuery("PostType.byCode", PostType.class)
                    .setParameter("code", code.trim()).getResultStream().findFirst().orElse(null);
            if (post == null || organiser != null && !post.getOrganisation().equals(organiser.getOrganisation())) {
                throw new InvalidInput("targetPosts", "training.error.targetPostNotFound", code);
            }
            posts.add(post);
        }
        return posts;
    }

    private static List<CourseTopic> topics(Refusals refusals, List<NewCourse.Topic> topics) {
        List<CourseTopic> checked = new ArrayList<>();
        List<NewCourse.Topic> given = topics == null ? List.of() : topics;
        for (int i = 0; i < given.size(); i++) {
            String field = "topics[" + i + "].title";
            NewCourse.Topic topic = given.get(i);
            String title = refusals.check(() -> TextCheck.name(field, topic.title(), 200));
            checked.add(new CourseTopic(title, !Boolean.FALSE.equals(topic.compulsory())));
        }
        return checked;
    }

    private static String blankless(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
