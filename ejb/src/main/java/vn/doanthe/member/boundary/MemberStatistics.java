package vn.doanthe.member.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.security.control.Scope;
import vn.doanthe.security.control.Scopes;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Exact member counts for a territorial unit on a day, read from the dated membership periods: a
 * membership counts where its period on that day placed it, in a status that counts (active,
 * working away, paused). A pending transfer has not moved the member yet, so they count once.
 * The territory is today's (organisation units stand where a merge moved them), so a unit code
 * means the unit in force today; a code that exists only in the past means the unit then.
 */
@Stateless
public class MemberStatistics {

    private static final String COUNTED = """
            FROM membership_period p
            JOIN membership m ON m.id = p.membership_id
            JOIN org_unit u ON u.id = p.org_unit_id
            JOIN admin_unit a ON a.id = u.admin_unit_id
            WHERE p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to >= ?1)
              AND p.status IN ('ACTIVE', 'AWAY', 'PAUSED')""";

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminUnits adminUnits;

    @Inject
    Organisations organisations;

    @Inject
    Scopes scopes;

    public MemberCounts members(String unitCode, LocalDate day) {
        LocalDate today = VietnamTime.today();
        LocalDate on = day == null ? today : day;
        AdminUnitView unit = adminUnits.findCurrentOrOn(unitCode, on);
        LocalDate territoryDay = unit.isCurrent() ? today : on;
        AdminUnit place = em.find(AdminUnit.class, unit.id());
        Scope scope = scopes.current();
        scope.require(scope.coversPlace(place), "AdminUnit", unitCode,
                () -> new RecordNotFound("code", "territory.error.notFound", unitCode));
        String below = place.subtreePath();
        // Every placement counted lies under a unit in scope; only the organisations are left to narrow.
        String counted = COUNTED + scope.organisationSql("m.organisation_id");
        String inUnit = " AND (a.id = ?2 OR a.path LIKE ?3)";

        Object[] totals = (Object[]) query("SELECT COUNT(*), COUNT(DISTINCT m.person_id) " + counted + inUnit,
                on, unit.id(), below).getSingleResult();

        Map<Long, Long> perOrganisation = new HashMap<>();
        for (Object[] row : rows(query("SELECT m.organisation_id, COUNT(*) " + counted + inUnit
                + " GROUP BY m.organisation_id", on, unit.id(), below))) {
            perOrganisation.put(number(row[0]), number(row[1]));
        }
        List<MemberCounts.OrganisationCount> byOrganisation = new ArrayList<>();
        for (OrganisationView organisation : organisations.all()) {
            if (!scope.coversOrganisation(organisation.id())) {
                continue;
            }
            byOrganisation.add(new MemberCounts.OrganisationCount(organisation.code(), organisation.shortName(),
                    perOrganisation.getOrDefault(organisation.id(), 0L), null, null));
        }

        Map<MembershipStatus, Long> byStatus = new EnumMap<>(MembershipStatus.class);
        for (Object[] row : rows(query("SELECT p.status, COUNT(*) " + counted + inUnit + " GROUP BY p.status",
                on, unit.id(), below))) {
            byStatus.put(MembershipStatus.valueOf((String) row[0]), number(row[1]));
        }

        // The unit directly below that holds each placement: the first id of the path after ours.
        Map<Long, long[]> perChild = new HashMap<>();
        for (Object[] row : rows(query("SELECT SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?4), '/', 1), "
                + "COUNT(*), COUNT(DISTINCT m.person_id) " + counted + " AND a.path LIKE ?3 GROUP BY 1",
                on, unit.id(), below, below.length() + 1))) {
            perChild.put(Long.valueOf((String) row[0]), new long[] {number(row[2]), number(row[1])});
        }
        List<MemberCounts.ChildCount> children = new ArrayList<>();
        for (AdminUnitView child : adminUnits.children(unit.id(), territoryDay)) {
            long[] counts = perChild.getOrDefault(child.id(), new long[2]);
            children.add(new MemberCounts.ChildCount(child.code(), child.name(), counts[0], counts[1]));
        }
        return new MemberCounts(unit.code(), unit.name(), on, number(totals[1]), number(totals[0]), byOrganisation,
                byStatus, children);
    }

    private Query query(String sql, LocalDate day, Long unitId, String below, Object... more) {
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(day)).setParameter(2, unitId)
                .setParameter(3, below + "%");
        for (int i = 0; i < more.length; i++) {
            query.setParameter(4 + i, more[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
