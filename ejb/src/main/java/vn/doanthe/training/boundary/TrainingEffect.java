package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.doanthe.cadre.entity.PostType;
import vn.doanthe.member.boundary.BranchFigures;
import vn.doanthe.member.boundary.BranchFigures.BeforeAfter;
import vn.doanthe.member.boundary.BranchFigures.OnDay;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.training.boundary.BranchMeetings.Held;
import vn.doanthe.training.boundary.CourseEffect.Branch;
import vn.doanthe.training.boundary.CourseEffect.Figures;
import vn.doanthe.training.boundary.CourseEffect.Group;
import vn.doanthe.training.control.CourseFinder;
import vn.doanthe.training.entity.Course;

/**
 * The effect of a course (what no peer shows): the branches its trainees lead against those whose
 * cadres it did not train. A branch is trained when a trainee who completed the course held one
 * of its target posts there while the course ran; the others are the open units of the same kind
 * under the organiser that the caller sees. The meetings each branch held in the year before and
 * the year after come from the meeting feature, which comes later (see {@link BranchMeetings}).
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class TrainingEffect {

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    CourseFinder courses;

    @Inject
    BranchFigures figures;

    @Inject
    Instance<BranchMeetings> meetings;

    public CourseEffect of(Long courseId) {
        Scope scope = scopes.current();
        Course course = courses.seen(scope, courseId);
        LocalDate today = VietnamTime.today();
        LocalDate before = course.getTo().minusYears(1);
        LocalDate yearAfter = course.getTo().plusYears(1);
        LocalDate after = yearAfter.isAfter(today) ? today : yearAfter;
        Set<PostType> posts = course.getTargetPosts();
        List<Long> unitTypes = posts.stream().map(p -> p.getUnitType().getId()).distinct().toList();
        Set<Long> trained = new HashSet<>(posts.isEmpty() ? List.of() : em.createQuery("""
                        select distinct h.unit.id from PostHolding h, Enrolment e
                         where e.course = :course and e.completed = true and h.person = e.person and h.post in :posts
                           and h.from <= :last and (h.to is null or h.to >= :first)""", Long.class)
                .setParameter("course", course).setParameter("posts", posts).setParameter("first", course.getFrom())
                .setParameter("last", course.getTo()).getResultList());
        OrgUnit organiser = course.getOrganiser();
        Where kind = scope.unit("u").and(Where.subtree("u", "organiser", organiser.getId(), organiser.subtreePath()))
                .and("u.type.id in :types", "types", unitTypes.isEmpty() ? List.of(-1L) : unitTypes)
                .and("(u.closedOn is null or u.closedOn >= :ended)", "ended", course.getTo());
        List<OrgUnit> units = kind.bind(em.createQuery("select u from OrgUnit u join fetch u.adminUnit where "
                + kind.jpql(), OrgUnit.class)).getResultList();
        List<Long> ids = units.stream().map(OrgUnit::getId).toList();
        Map<Long, BeforeAfter> counted = figures.of(ids, before, after);
        Map<Long, Held> heldBefore = held(ids, before, course.getTo());
        Map<Long, Held> heldAfter = held(ids, course.getTo().plusDays(1), after);
        List<Branch> branches = units.stream().map(u -> {
            BeforeAfter f = counted.getOrDefault(u.getId(), BeforeAfter.NONE);
            return new Branch(u.getId(), u.getName(), u.getAdminUnit().described(), trained.contains(u.getId()),
                    figures(f.before()), figures(f.after()), CourseEffect.Meetings.of(heldBefore.getOrDefault(u.getId(), Held.NONE)),
                    CourseEffect.Meetings.of(heldAfter.getOrDefault(u.getId(), Held.NONE)));
        }).sorted(Comparator.comparing((Branch b) -> !b.trained()).thenComparing(Branch::place)
                .thenComparing(Branch::name)).toList();
        return new CourseEffect(course.getId(), course.getTitle(), course.getTo(), before, after, !yearAfter.isAfter(today),
                side(branches, true, heldBefore, heldAfter), side(branches, false, heldBefore, heldAfter), branches);
    }

    private static Group side(List<Branch> branches, boolean trained, Map<Long, Held> heldBefore, Map<Long, Held> heldAfter) {
        List<Branch> side = branches.stream().filter(b -> b.trained() == trained).toList();
        return Group.of(side, sum(side, heldBefore), sum(side, heldAfter));
    }

    private static Held sum(List<Branch> side, Map<Long, Held> held) {
        return side.stream().map(b -> held.getOrDefault(b.orgUnitId(), Held.NONE)).reduce(Held.NONE, Held::plus);
    }

    /** The meetings of the units over the days, when the meeting feature is there to tell them. */
    private Map<Long, Held> held(List<Long> ids, LocalDate from, LocalDate to) {
        return meetings.isResolvable() && !from.isAfter(to) ? meetings.get().between(ids, from, to) : Map.of();
    }

    private static Figures figures(OnDay day) {
        return new Figures(day.members(), day.away(), day.inContact());
    }
}
