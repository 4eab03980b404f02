package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.doanthe.directive.entity.Campaign;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * A campaign's figures under a territorial unit, by the unit directly below it the targets lie in
 * (the whole as the roll-up row, key {@link #WHOLE}), in one statement summing the figures each
 * target keeps of its branch ({@link TargetFigures}): acknowledged, held a session, members present
 * at one of its sessions, members active on the deadline. A person in two branches (a women's and a
 * farmers') is a member of each, as each organisation counts its own.
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

    private static final String FIGURES = """
            SELECT %s AS child, COUNT(*), SUM(t.acknowledged_summary_id IS NOT NULL), SUM(t.sessions > 0),
                   SUM(t.members_reached), SUM(t.members)
              FROM campaign_target t JOIN admin_unit a ON a.id = t.admin_unit_id JOIN org_unit u ON u.id = t.org_unit_id
             WHERE t.campaign_id = ?1 AND (a.id = ?2 OR a.path LIKE ?3) %s
             GROUP BY child WITH ROLLUP""";

    @PersistenceContext
    EntityManager em;

    /** The figures by child unit id (as text), and the whole under {@link #WHOLE}; only the organisations the scope serves. */
    public Map<String, Figures> under(Campaign campaign, AdminUnit place, Scope scope) {
        return at(campaign, place, scope, 1);
    }

    /**
     * The figures of every territorial unit below {@code place} that holds targets, level by level,
     * by unit id.
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
        Map<String, Figures> figures = new HashMap<>();
        List<?> rows = em.createNativeQuery(FIGURES.formatted(child, organisations)).setParameter(1, campaign.getId())
                .setParameter(2, place.getId()).setParameter(3, place.subtreePath() + "%").getResultList();
        for (Object found : rows) {
            Object[] row = (Object[]) found;
            figures.put(row[0] == null ? WHOLE : (String) row[0], new Figures(number(row[1]), number(row[2]),
                    number(row[3]), number(row[4]), number(row[5])));
        }
        return figures;
    }

    public static Figures of(Map<String, Figures> figures, String key) {
        return figures.getOrDefault(key, Figures.NONE);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
