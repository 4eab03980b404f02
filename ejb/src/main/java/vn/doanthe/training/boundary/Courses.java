package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.organisation.boundary.UnitInScope;
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
import vn.doanthe.training.control.PlanFinder;
import vn.doanthe.training.entity.Course;
import vn.doanthe.training.entity.CourseTopic;
import vn.doanthe.training.entity.TrainingPlan;

/**
 * Training courses (lớp tập huấn, bồi dưỡng cán bộ): an organisation unit's staff register a course
 * for the holders of some posts, with its topics, dates, mode and venue; the courses of the units
 * above are seen too, so a commune enrols its cadres in the district's course.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class Courses {

    private static final String BATCH = "eclipselink.batch";

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    CourseFinder found;

    @Inject
    UnitInScope units;

    @Inject
    PlanFinder plans;

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
        // The topics and target posts of the whole page in one query each, not one per course
        // (EclipseLink's batch reading, by the ids of the page: it keeps the paging).
        List<CourseView> items = seen.bind(em.createQuery("select c from Course c where " + seen.jpql()
                        + " order by c.from desc, c.id desc", Course.class))
                .setHint(BATCH, "c.topics").setHint(BATCH, "c.targetPosts").setHint(BATCH, "c.plan")
                .setHint(BATCH + ".type", "IN")
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(CourseView::of).toList();
        return new Page<>(items, total);
    }

    /** Every course the list shows, for a spreadsheet (a year's courses of a province are a few thousand). */
    public List<CourseView> all(CourseQuery query) {
        List<CourseView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<CourseView> read = list(query, new PageRequest(page, PageRequest.MAX_SIZE)).items();
            all.addAll(read);
            if (read.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    public CourseView find(Long id) {
        return CourseView.of(found.seen(scopes.current(), id));
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public CourseView create(@NotNull NewCourse request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        String title = refusals.check(() -> TextCheck.name("title", request.title(), 200));
        OrgUnit organiser = refusals.check(() -> units.open(scope, "organiserUnitId", request.organiserUnitId(),
                request.organisation()));
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
        TrainingPlan plan = request.planId() == null ? null
                : refusals.check(() -> plans.seen(scope, request.planId(), "planId"));
        if (plan != null && organiser != null && !plan.getOrganiser().equals(organiser)) {
            refusals.refuse("planId", "training.error.planOfOtherUnit", plan.getTitle(), plan.getOrganiser().getName());
        } else if (plan != null && to != null && plan.getYear() != to.getYear()) {
            refusals.refuse("planId", "training.error.planOfOtherYear", plan.getTitle(), plan.getYear());
        }
        refusals.throwIfAny();
        Course course = new Course(title, organiser, from, to, request.mode(), blankless(venue), blankless(programme),
                topics, targets);
        course.carriesOut(plan);
        em.persist(course);
        em.flush(); // the view carries the id the database assigns
        return CourseView.of(course);
    }

    /** The posts named, each one of the organiser's organisation; one not found is refused naming it. */
    private Set<PostType> targetPosts(OrgUnit organiser, List<String> codes) {
        List<String> named = codes == null ? List.of() : codes.stream().map(String::trim).distinct().toList();
        if (named.isEmpty()) {
            return Set.of();
        }
        Map<String, PostType> found = new HashMap<>();
        em.createQuery("select t from PostType t where t.code in :codes", PostType.class).setParameter("codes", named)
                .getResultStream().forEach(post -> found.put(post.getCode(), post));
        Set<PostType> posts = new LinkedHashSet<>();
        for (String code : named) {
            PostType post = found.get(code);
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
