package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.organisation.boundary.UnitInScope;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.TextCheck;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.training.control.CourseScope;
import vn.doanthe.training.control.PlanFinder;
import vn.doanthe.training.entity.TrainingPlan;

/**
 * Yearly training plans (kế hoạch đào tạo, bồi dưỡng cán bộ): a unit plans its year's courses under
 * a programme or decision; the plans of the units above are seen too, as their courses are. Each
 * plan shows how far its courses have come against the numbers planned.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class TrainingPlans {

    /** Plans are kept from the registry's first years; a plan is made at the latest for next year. */
    private static final int FIRST_YEAR = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    UnitInScope units;

    @Inject
    PlanFinder found;

    /** The plans of a year (this year when none is named) the caller sees, by organisation and unit. */
    public List<PlanView> list(Integer year, String organisation) {
        int chosen = year == null ? VietnamTime.today().getYear() : year;
        Where seen = CourseScope.plan(scopes.current(), "p").and("p.year = :year", "year", chosen)
                .andIfGiven("p.organiser.organisation.code = :organisation", "organisation", organisation);
        List<TrainingPlan> plans = seen.bind(em.createQuery("select p from TrainingPlan p join fetch p.organiser where "
                + seen.jpql() + " order by p.organiser.organisation.sortOrder, p.organiser.name, p.title",
                TrainingPlan.class)).getResultList();
        Map<Long, long[]> progress = progress(plans.stream().map(TrainingPlan::getId).toList());
        return plans.stream().map(p -> {
            long[] figures = progress.getOrDefault(p.getId(), new long[3]);
            return PlanView.of(p, figures[0], figures[1], figures[2]);
        }).toList();
    }

    public PlanView find(Long id) {
        TrainingPlan plan = found.seen(scopes.current(), id, "id");
        long[] figures = progress(List.of(plan.getId())).getOrDefault(plan.getId(), new long[3]);
        return PlanView.of(plan, figures[0], figures[1], figures[2]);
    }

    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public PlanView create(@NotNull NewPlan request) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        OrgUnit organiser = refusals.check(() -> units.open(scope, "organiserUnitId", request.organiserUnitId(),
                request.organisation()));
        Integer year = refusals.required("year", request.year());
        int nextYear = VietnamTime.today().getYear() + 1;
        if (year != null && (year < FIRST_YEAR || year > nextYear)) {
            refusals.refuse("year", "validation.between", FIRST_YEAR, nextYear);
        }
        String title = refusals.check(() -> TextCheck.name("title", request.title(), 200));
        String decision = refusals.check(() -> TextCheck.text("decision", request.decision(), 100));
        within(refusals, "plannedCourses", request.plannedCourses(), 10_000);
        within(refusals, "plannedTrainees", request.plannedTrainees(), 1_000_000);
        refusals.throwIfAny();
        boolean taken = em.createQuery("select count(p) from TrainingPlan p where p.organiser = :unit and p.year = :year"
                        + " and p.title = :title", Long.class).setParameter("unit", organiser).setParameter("year", year)
                .setParameter("title", title).getSingleResult() > 0;
        if (taken) {
            throw new Conflict("title", "training.error.planTwice", title, year);
        }
        TrainingPlan plan = new TrainingPlan(organiser, year, title, decision == null || decision.isEmpty() ? null
                : decision, request.plannedCourses(), request.plannedTrainees());
        em.persist(plan);
        em.flush();
        return PlanView.of(plan, 0, 0, 0);
    }

    /** For each plan: its courses, the persons enrolled in them, and those who completed. */
    private Map<Long, long[]> progress(List<Long> plans) {
        Map<Long, long[]> figures = new HashMap<>();
        if (plans.isEmpty()) {
            return figures;
        }
        // Native: a person is counted once however many of the plan's courses they took. The ids are
        // numbers the query above returned, written into the statement as such.
        String ids = plans.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<?> rows = em.createNativeQuery("SELECT c.plan_id, COUNT(DISTINCT c.id), COUNT(DISTINCT e.person_id),"
                + " COUNT(DISTINCT CASE WHEN e.completed THEN e.person_id END) FROM course c"
                + " LEFT JOIN enrolment e ON e.course_id = c.id WHERE c.plan_id IN (" + ids + ") GROUP BY c.plan_id")
                .getResultList();
        for (Object each : rows) {
            Object[] row = (Object[]) each;
            figures.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()});
        }
        return figures;
    }

    private static void within(Refusals refusals, String field, Integer value, int highest) {
        if (value != null && (value < 1 || value > highest)) {
            refusals.refuse(field, "validation.between", 1, highest);
        }
    }
}
