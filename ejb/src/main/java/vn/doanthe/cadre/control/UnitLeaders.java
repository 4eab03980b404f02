package vn.doanthe.cadre.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * The units of a territory whose type has a head post, and their heads and deputies on a day, read
 * for a whole province at once (the succession report): two native statements whose ids and codes
 * are numbers and codes the database gave, sorted here rather than by the database (a province's
 * 7,300 units sorted by the Vietnamese collation took a fifth of the report's time).
 */
@Dependent
public class UnitLeaders {

    /** Units whose leaders one statement reads: far below MariaDB's limits, one statement for a province. */
    private static final int UNITS_A_QUERY = 10_000;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PersistenceContext
    EntityManager em;

    /** A unit open on the day, with its place described (name, commune, code) and organisation. */
    public record Unit(long id, String name, String place, String organisation) {
    }

    /** A head or deputy holding on the day, in the order they took office within their unit. */
    public record Leader(boolean head, long personId, LocalDate bornOn, LocalDate from, HoldingMode mode,
                         LocalDate termEndsOn) {
    }

    /**
     * The units in {@code place}'s subtree (it lies in the scope; none: the whole scope) of the
     * organisations the scope serves ({@code organisation}: of that one), in the order of the
     * territory, then of the organisations, then by name.
     */
    @Unguarded("a read for a boundary that checked its caller and the place against the scope")
    public List<Unit> units(Scope scope, AdminUnit place, String organisation, LocalDate day) {
        if (place == null && scope.hasPlace()) {
            throw new IllegalArgumentException("A scope bounded by a territorial unit reads below a place");
        }
        String headTypes = ids("SELECT DISTINCT unit_type_id FROM post_type WHERE post_rank = 'HEAD' AND active");
        if (headTypes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                SELECT u.id, u.name, a.id, a.name, a.level, a.parent_id, a.code, a.path, o.code, o.sort_order
                  FROM org_unit u JOIN admin_unit a ON a.id = u.admin_unit_id JOIN organisation o ON o.id = u.organisation_id
                 WHERE (u.closed_on IS NULL OR u.closed_on >= ?1) AND (u.established_on IS NULL OR u.established_on <= ?1)
                   AND u.unit_type_id IN (""").append(headTypes).append(")")
                .append(scope.organisationSql("u.organisation_id"));
        if (place != null) {
            sql.append(" AND (a.id = ?2 OR a.path LIKE ?3)");
        }
        if (organisation != null && !organisation.isBlank()) {
            sql.append(" AND o.code = ?4");
        }
        var query = em.createNativeQuery(sql.toString()).setParameter(1, Date.valueOf(day));
        if (place != null) {
            query.setParameter(2, place.getId()).setParameter(3, place.subtreePath() + "%");
        }
        if (organisation != null && !organisation.isBlank()) {
            query.setParameter(4, organisation.trim());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        Collator names = Collator.getInstance(VIETNAMESE);
        rows.sort(Comparator.comparing((Object[] row) -> (String) row[7]).thenComparing(row -> number(row[2]))
                .thenComparing(row -> ((Number) row[9]).intValue())
                .thenComparing((Object[] row) -> (String) row[1], names).thenComparing(row -> number(row[0])));
        Map<Long, String> communes = communeNames(rows);
        return rows.stream().map(row -> new Unit(number(row[0]), (String) row[1],
                AdminUnit.described((String) row[3], AdminLevel.valueOf((String) row[4]),
                        row[5] == null ? null : communes.get(number(row[5])), (String) row[6]),
                (String) row[8])).toList();
    }

    /** The heads and deputies of the units on the day, by unit, each list in the order they took office. */
    @Unguarded("a read for a boundary that checked its caller; the units are those it found in the scope")
    public Map<Long, List<Leader>> leaders(List<Long> unitIds, LocalDate day) {
        Map<Long, Boolean> headPosts = new HashMap<>();
        for (Object found : em.createNativeQuery("SELECT id, post_rank FROM post_type WHERE post_rank IN ('HEAD', 'DEPUTY')")
                .getResultList()) {
            Object[] row = (Object[]) found;
            headPosts.put(number(row[0]), PostRank.HEAD.name().equals(row[1]));
        }
        Map<Long, List<Object[]>> byUnit = new HashMap<>();
        if (headPosts.isEmpty()) {
            return Map.of();
        }
        String posts = headPosts.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        for (int from = 0; from < unitIds.size(); from += UNITS_A_QUERY) {
            // Read from ix_post_holding_leaders alone, the holder's birth date included (V24).
            String chunk = unitIds.subList(from, Math.min(unitIds.size(), from + UNITS_A_QUERY)).stream()
                    .map(String::valueOf).collect(Collectors.joining(","));
            for (Object found : em.createNativeQuery("SELECT h.org_unit_id, h.post_type_id, h.person_id, h.holder_born_on,"
                            + " h.held_from, h.mode, h.term_ends_on, h.id FROM post_holding h WHERE h.org_unit_id IN (" + chunk
                            + ") AND h.post_type_id IN (" + posts + ") AND h.held_from <= ?1"
                            + " AND (h.held_to IS NULL OR h.held_to >= ?1)")
                    .setParameter(1, Date.valueOf(day)).getResultList()) {
                Object[] row = (Object[]) found;
                byUnit.computeIfAbsent(number(row[0]), id -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, List<Leader>> leaders = new HashMap<>();
        byUnit.forEach((unit, rows) -> {
            rows.sort(Comparator.comparing((Object[] row) -> localDate(row[4])).thenComparing(row -> number(row[7])));
            leaders.put(unit, rows.stream().map(row -> new Leader(headPosts.get(number(row[1])), number(row[2]),
                    localDate(row[3]), localDate(row[4]), HoldingMode.valueOf((String) row[5]), localDate(row[6])))
                    .toList());
        });
        return leaders;
    }

    /** The names of the communes the hamlets among the units lie in (a few hundred, not a join a unit). */
    private Map<Long, String> communeNames(List<Object[]> units) {
        String parents = units.stream().filter(row -> AdminLevel.HAMLET.name().equals(row[4]) && row[5] != null)
                .map(row -> number(row[5])).distinct().map(String::valueOf).collect(Collectors.joining(","));
        Map<Long, String> names = new HashMap<>();
        if (!parents.isEmpty()) {
            for (Object found : em.createNativeQuery("SELECT id, name FROM admin_unit WHERE id IN (" + parents + ")")
                    .getResultList()) {
                Object[] row = (Object[]) found;
                names.put(number(row[0]), (String) row[1]);
            }
        }
        return names;
    }

    private String ids(String sql) {
        return ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(id -> String.valueOf(number(id)))
                .collect(Collectors.joining(","));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
