package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A campaign's figures under a territorial unit, by the unit directly below it the targets lie in
 * (the whole as the roll-up row, key {@link #WHOLE}), in three statements over the targets: their
 * acknowledgements and sessions; the distinct members present; the distinct members active in the
 * target branches on the deadline (read from the membership periods, as the member statistics are).
 */
@Dependent
public class CampaignFigures {

    /** The key of the roll-up row: every target under the unit. */
    public static final String WHOLE = "*";

    /** Province, commune, hamlet, and a district where one is still kept. */
    private static final int MOST_LEVELS = 4;

    /** The figures of one group of targets. */
    public record Figures(long targets, long acknowledged, long sessionsHeld, long membersReached, long members) {

        static final Figures NONE = new Figures(0, 0, 0, 0, 0);
    }

    private static final String TARGETS = """
            SELECT %s AS child, COUNT(*), SUM(t.acknowledged_summary_id IS NOT NULL), SUM(s.target_id IS NOT NULL)
              FROM campaign_target t JOIN admin_unit a ON a.id = t.admin_unit_id JOIN org_unit u ON u.id = t.org_unit_id
              LEFT JOIN (SELECT DISTINCT target_id FROM campaign_session WHERE campaign_id = ?1) s ON s.target_id = t.id
             WHERE t.campaign_id = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             GROUP BY child WITH ROLLUP""";

    private static final String REACHED = """
            SELECT %s AS child, COUNT(DISTINCT p.person_id)
              FROM campaign_attendee p JOIN campaign_session s ON s.id = p.session_id
              JOIN campaign_target t ON t.id = s.target_id JOIN admin_unit a ON a.id = t.admin_unit_id
              JOIN org_unit u ON u.id = t.org_unit_id
             WHERE s.campaign_id = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             GROUP BY child WITH ROLLUP""";

    private static final String MEMBERS = """
            SELECT %s AS child, COUNT(DISTINCT m.person_id)
              FROM campaign_target t JOIN admin_unit a ON a.id = t.admin_unit_id JOIN org_unit u ON u.id = t.org_unit_id
              JOIN membership_period p ON p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE'
                   AND p.valid_from <= ?4 AND (p.valid_to IS NULL OR p.valid_to >= ?4)
              JOIN membership m ON m.id = p.membership_id
             WHERE t.campaign_id = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             GROUP BY child WITH ROLLUP""";

    @PersistenceContext
    EntityManager em;

    /** The figures by child unit id (as text), and the whole under {@link #WHOLE}; only the organisations the scope serves. */
    public Map<String, Figures> under(Campaign campaign, AdminUnit place, Scope scope) {
        return at(campaign, place, scope, 1);
    }

    /**
     * The figures of every territorial unit below {@code place} that holds targets, level by level
     * (each level counted on its own: distinct persons are not sums of the levels below), by unit id.
     */
    public Map<Long, Figures> tree(Campaign campaign, AdminUnit place, Scope scope) {
        Map<Long, Figures> units = new HashMap<>();
        for (int depth = 1; depth <= MOST_LEVELS; depth++) {
            int found = 0;
            for (Map.Entry<String, Figures> row : at(campaign, place, scope, depth).entrySet()) {
                String key = row.getKey();
                // A target on a shallower unit gives a shorter key: that unit was counted a level up.
                if (key.matches("\\d+(/\\d+){" + (depth - 1) + "}")) {
                    units.put(Long.valueOf(key.substring(key.lastIndexOf('/') + 1)), row.getValue());
                    found++;
                }
            }
            if (found == 0) {
                break;
            }
        }
        return units;
    }

    /** The figures grouped by the path of the first {@code depth} units below {@code place}. */
    private Map<String, Figures> at(Campaign campaign, AdminUnit place, Scope scope, int depth) {
        String child = "SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), " + (place.subtreePath().length() + 1)
                + "), '/', " + depth + ")";
        String organisations = scope.organisationSql("u.organisation_id");
        Map<String, long[]> rows = new HashMap<>();
        read(TARGETS.formatted(child, organisations), campaign, place, rows, 0, 3);
        read(REACHED.formatted(child, organisations), campaign, place, rows, 3, 1);
        read(MEMBERS.formatted(child, organisations), campaign, place, rows, 4, 1);
        Map<String, Figures> figures = new HashMap<>();
        rows.forEach((key, v) -> figures.put(key, new Figures(v[0], v[1], v[2], v[3], v[4])));
        return figures;
    }

    public static Figures of(Map<String, Figures> figures, String key) {
        return figures.getOrDefault(key, Figures.NONE);
    }

    private void read(String sql, Campaign campaign, AdminUnit place, Map<String, long[]> rows, int from, int columns) {
        var query = em.createNativeQuery(sql).setParameter(1, campaign.getId()).setParameter(2, place.getId())
                .setParameter(3, place.subtreePath() + "%");
        if (sql.contains("?4")) {
            query.setParameter(4, Date.valueOf(campaign.getDeadline()));
        }
        for (Object found : query.getResultList()) {
            Object[] row = (Object[]) found;
            String key = row[0] == null ? WHOLE : (String) row[0];
            long[] values = rows.computeIfAbsent(key, k -> new long[5]);
            for (int c = 0; c < columns; c++) {
                values[from + c] = row[c + 1] == null ? 0 : ((Number) row[c + 1]).longValue();
            }
        }
    }
}
