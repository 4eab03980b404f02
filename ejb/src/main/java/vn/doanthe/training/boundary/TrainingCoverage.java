package vn.doanthe.training.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.Refusals;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Training coverage ("100 % of branch heads trained this year"): of the persons holding a post on
 * the last day of the year (today, in the current year) in a territory, how many completed that year
 * a course meant for that post. Counted in SQL over the holdings and enrolments, each person once.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class TrainingCoverage {

    /** The holder completed, in the year, a course meant for the post of this holding (V23, kept by the result command). */
    private static final String TRAINED = """
            EXISTS (SELECT 1 FROM training_completion k WHERE k.person_id = h.person_id
                    AND k.post_type_id = h.post_type_id AND k.completed_year BETWEEN YEAR(?1) AND YEAR(?2))""";

    /** The holdings running on the day in the unit's territory. */
    private static final String HELD = """
            FROM post_holding h JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
            JOIN post_type pt ON pt.id = h.post_type_id
            WHERE h.held_from <= ?3 AND (h.held_to IS NULL OR h.held_to >= ?3)
              AND (a.id = ?4 OR a.path LIKE ?5)""";

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Scopes scopes;

    @Inject
    PlaceInScope places;

    @Inject
    AdminUnits adminUnits;

    public Coverage coverage(CoverageQuery query) {
        Scope scope = scopes.current();
        LocalDate today = VietnamTime.today();
        Refusals refusals = new Refusals();
        int year = query.year() == null ? today.getYear() : query.year();
        if (year < 2000 || year > today.getYear()) {
            refusals.refuse("year", "validation.between", 2000, today.getYear());
        }
        if (query.unit() == null || query.unit().isBlank()) {
            refusals.refuse("unit", "validation.required");
        }
        Long organisation = refusals.check(() -> organisations.idInScope("organisation", query.organisation()));
        refusals.throwIfAny();
        LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        AdminUnit place = places.place(scope, query.unit(), day);
        String post = query.post() == null || query.post().isBlank() ? null : query.post().trim();
        String filters = (post == null ? "" : " AND pt.code = ?6")
                + (organisation == null ? "" : " AND u.organisation_id = " + organisation)
                + scope.organisationSql("u.organisation_id");
        String below = place.subtreePath();

        // One statement: each unit directly below (the first id of the path after ours; '' for the
        // unit itself), and the whole territory as the roll-up row, each person counted once in each.
        Map<Long, long[]> byChild = new HashMap<>();
        long[] total = new long[2];
        for (Object row : query("SELECT SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?7), '/', 1) AS child,"
                + " COUNT(DISTINCT h.person_id), COUNT(DISTINCT CASE WHEN " + TRAINED + " THEN h.person_id END) "
                + HELD + filters + " GROUP BY child WITH ROLLUP", year, day, place, post)
                .setParameter(7, below.length() + 1).getResultList()) {
            Object[] figures = (Object[]) row;
            long[] counted = {number(figures[1]), number(figures[2])};
            if (figures[0] == null) {
                total = counted;
            } else if (!((String) figures[0]).isEmpty()) {
                byChild.put(Long.valueOf((String) figures[0]), counted);
            }
        }
        List<AdminUnitView> children = adminUnits.children(place.getId(), day);
        long target = total[0];
        long trained = total[1];
        return new Coverage(place.getCode(), place.getName(), year, day, query.organisation(), post, target, trained,
                Coverage.ratio(trained, target), children.stream().map(child -> {
                    long[] figures = byChild.getOrDefault(child.id(), new long[2]);
                    return new Coverage.Child(child.code(), child.name(), figures[0], figures[1],
                            Coverage.ratio(figures[1], figures[0]));
                }).toList());
    }

    private Query query(String sql, int year, LocalDate day, AdminUnit place, String post) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(2, Date.valueOf(LocalDate.of(year, 12, 31))).setParameter(3, Date.valueOf(day))
                .setParameter(4, place.getId()).setParameter(5, place.subtreePath() + "%");
        return post == null ? query : query.setParameter(6, post);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
