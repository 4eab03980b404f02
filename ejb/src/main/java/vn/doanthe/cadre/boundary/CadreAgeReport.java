package vn.doanthe.cadre.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The succession dashboard's ages: the cadres' average age in a territory year by year, and today
 * for each unit below. Counted in SQL over the holdings, each person once.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CadreAgeReport {

    /**
     * The distinct holders on each day of {@code d} (%1$s: its rows, a year and a day) in the territory
     * ?2 / ?3, with their age that day (the birth date the holding carries, V24); %2$s: more columns.
     */
    private static final String HOLDERS = """
            SELECT DISTINCT d.y, %2$s h.person_id, TIMESTAMPDIFF(YEAR, h.holder_born_on, d.day) AS age
              FROM (%1$s) d JOIN post_holding h ON h.held_from <= d.day AND (h.held_to IS NULL OR h.held_to >= d.day)
              JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
             WHERE (a.id = ?2 OR a.path LIKE ?3)""";

    /** How many years back the ages are shown by default, and at most. */
    private static final int YEARS = 5;
    private static final int MOST_YEARS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PlaceInScope places;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Organisations organisations;

    public CadreAges ages(String unit, String organisation, Integer years) {
        Scope scope = scopes.current();
        Refusals refusals = new Refusals();
        int shown = years == null ? YEARS : years;
        if (shown < 1 || shown > MOST_YEARS) {
            refusals.refuse("years", "validation.between", 1, MOST_YEARS);
        }
        if (unit == null || unit.isBlank()) {
            refusals.refuse("unit", "validation.required");
        }
        Long organisationId = refusals.check(() -> organisations.idInScope("organisation", organisation));
        refusals.throwIfAny();
        LocalDate today = VietnamTime.today();
        AdminUnit place = places.place(scope, unit, today);
        String filters = (organisationId == null ? "" : " AND u.organisation_id = " + organisationId)
                + scope.organisationSql("u.organisation_id");
        // The days as rows of their own (numbers written into the statement): every year in one statement.
        List<String> days = new ArrayList<>();
        for (int year = today.getYear() - shown + 1; year <= today.getYear(); year++) {
            LocalDate day = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            days.add("SELECT " + year + " AS y, DATE '" + day + "' AS day");
        }
        Map<Integer, Object[]> yearRows = new HashMap<>();
        for (Object found : query("SELECT y, COUNT(*), AVG(age) FROM (" + HOLDERS.formatted(String.join(" UNION ALL ",
                days), "") + filters + ") x GROUP BY y", place).getResultList()) {
            Object[] row = (Object[]) found;
            yearRows.put(((Number) row[0]).intValue(), row);
        }
        List<CadreAges.Year> byYear = new ArrayList<>();
        for (int year = today.getYear() - shown + 1; year <= today.getYear(); year++) {
            Object[] row = yearRows.get(year);
            byYear.add(new CadreAges.Year(year, year == today.getYear() ? today : LocalDate.of(year, 12, 31),
                    row == null ? 0 : number(row[1]), row == null ? null : average(row[2])));
        }
        Map<Long, Object[]> byChild = new HashMap<>();
        String child = "SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), " + (place.subtreePath().length() + 1)
                + "), '/', 1) AS child,";
        for (Object found : query("SELECT child, COUNT(*), AVG(age) FROM (" + HOLDERS.formatted("SELECT 0 AS y, DATE '"
                + today + "' AS day", child) + filters + " AND a.path LIKE ?3) x GROUP BY child", place).getResultList()) {
            Object[] row = (Object[]) found;
            byChild.put(Long.valueOf((String) row[0]), row);
        }
        List<AdminUnitView> below = adminUnits.children(place.getId(), today);
        return new CadreAges(place.getCode(), place.getName(), organisation, byYear, below.stream().map(c -> {
            Object[] row = byChild.get(c.id());
            return new CadreAges.Child(c.code(), c.name(), row == null ? 0 : number(row[1]),
                    row == null ? null : average(row[2]));
        }).toList());
    }

    private Query query(String sql, AdminUnit place) {
        return em.createNativeQuery(sql).setParameter(2, place.getId()).setParameter(3, place.subtreePath() + "%");
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal average(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }
}
