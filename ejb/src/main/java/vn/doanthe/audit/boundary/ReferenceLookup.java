package vn.doanthe.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.entity.AdminUnitType;

/**
 * Names the records a page of entries refers to: one statement per kind of record, whatever the
 * number of entries. The statements read the tables as they stand, so a record since deleted (a
 * revoked token) keeps only its number; an administrative unit also by its former names.
 */
@ApplicationScoped
class ReferenceLookup {

    /** The place a record is at, in words: its administrative unit, or that unit's commune when it is a hamlet. */
    private static final String COMMUNE_OF = " LEFT JOIN admin_unit a ON a.id = %s LEFT JOIN admin_unit c"
            + " ON c.id = CASE WHEN a.level = 'HAMLET' THEN a.parent_id ELSE a.id END";

    /** For each kind of record: the statement naming those of some ids (first column the id), and how a row reads. */
    private static final Map<String, Naming> NAMINGS = Map.ofEntries(
            Map.entry("Person", new Naming("SELECT id, full_name FROM person WHERE id IN (%s)",
                    r -> r[1] + " (#" + r[0] + ")")),
            Map.entry("OrgUnit", new Naming("SELECT o.id, o.name, c.type, c.name FROM org_unit o"
                    + COMMUNE_OF.formatted("o.admin_unit_id") + " WHERE o.id IN (%s)",
                    r -> r[1] + place(r[2], r[3]) + " (#" + r[0] + ")")),
            Map.entry("Organisation", new Naming("SELECT id, name, code FROM organisation WHERE id IN (%s)",
                    r -> r[1] + " (" + r[2] + ")")),
            Map.entry("OrgUnitType", new Naming("SELECT id, name, code FROM org_unit_type WHERE id IN (%s)",
                    r -> r[1] + " (" + r[2] + ")")),
            Map.entry("PostType", new Naming("SELECT id, name, code FROM post_type WHERE id IN (%s)",
                    r -> r[1] + " (" + r[2] + ")")),
            Map.entry("Membership", new Naming("SELECT m.id, p.full_name, o.name FROM membership m"
                    + " JOIN person p ON p.id = m.person_id JOIN org_unit o ON o.id = m.org_unit_id WHERE m.id IN (%s)",
                    r -> r[1] + ", " + r[2] + " (#" + r[0] + ")")),
            Map.entry("Course", new Naming("SELECT id, title FROM course WHERE id IN (%s)", r -> r[1] + " (#" + r[0] + ")")),
            Map.entry("TrainingPlan", new Naming("SELECT id, title FROM training_plan WHERE id IN (%s)",
                    r -> r[1] + " (#" + r[0] + ")")),
            Map.entry("Directive", new Naming("SELECT id, symbol, title FROM directive WHERE id IN (%s)",
                    r -> r[1] + " — " + shortened((String) r[2]))),
            Map.entry("DirectiveSummary", new Naming("SELECT s.id, d.symbol, s.version_no FROM directive_summary s"
                    + " JOIN directive d ON d.id = s.directive_id WHERE s.id IN (%s)", r -> r[1] + " #" + r[2])),
            Map.entry("Campaign", new Naming("SELECT k.id, d.symbol, c.type, c.name FROM campaign k"
                    + " JOIN directive d ON d.id = k.directive_id" + COMMUNE_OF.formatted("k.admin_unit_id")
                    + " WHERE k.id IN (%s)", r -> r[1] + place(r[2], r[3]) + " (#" + r[0] + ")")),
            Map.entry("CampaignTarget", new Naming("SELECT t.id, o.name FROM campaign_target t"
                    + " JOIN org_unit o ON o.id = t.org_unit_id WHERE t.id IN (%s)", r -> r[1] + " (#" + r[0] + ")")),
            Map.entry("Meeting", new Naming("SELECT m.id, o.name, COALESCE(m.held_on, m.planned_on) FROM meeting m"
                    + " JOIN org_unit o ON o.id = m.org_unit_id WHERE m.id IN (%s)",
                    r -> r[1] + ", " + day(r[2]) + " (#" + r[0] + ")")),
            Map.entry("UserAccount", new Naming("SELECT id, display_name, username FROM user_account WHERE id IN (%s)",
                    r -> r[1] + " (" + r[2] + ")")),
            Map.entry("ClassificationCriteria", new Naming("SELECT k.id, o.name, k.number FROM classification_criteria k"
                    + " JOIN organisation o ON o.id = k.organisation_id WHERE k.id IN (%s)", r -> r[1] + " #" + r[2])));

    private static final String ADMIN_UNITS = "SELECT u.id, u.type, u.name, u.code, p.type, p.name, u.level"
            + " FROM admin_unit u LEFT JOIN admin_unit p ON p.id = u.parent_id WHERE u.id IN (%s)";
    private static final String FORMER_NAMES = "SELECT unit_id, valid_from, valid_to, name FROM admin_unit_name"
            + " WHERE unit_id IN (%s) ORDER BY unit_id, valid_to";
    private static final int BATCH = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Naming(String statement, Function<Object[], String> reads) {
    }

    @PersistenceContext
    EntityManager em;

    /** The kinds of record named. */
    static Set<String> kinds() {
        Set<String> kinds = new TreeSet<>(NAMINGS.keySet());
        kinds.add("AdminUnit");
        return kinds;
    }

    /** The names of the records of each kind (the entity type's name) and ids given. */
    ReferenceNames names(Map<String, Set<Long>> idsByType) {
        ReferenceNames names = new ReferenceNames();
        idsByType.forEach((type, ids) -> {
            if (ids.isEmpty()) {
                return;
            }
            if (type.equals("AdminUnit")) {
                adminUnits(ids, names);
            } else if (NAMINGS.containsKey(type)) {
                Naming naming = NAMINGS.get(type);
                for (Object[] row : rows(naming.statement(), ids)) {
                    names.put(type, ((Number) row[0]).longValue(), naming.reads().apply(row));
                }
            }
        });
        return names;
    }

    /** Hamlets with their commune; each with the names it bore before it was renamed, for the days it bore them. */
    private void adminUnits(Set<Long> ids, ReferenceNames names) {
        Map<Long, Object[]> units = new HashMap<>();
        for (Object[] row : rows(ADMIN_UNITS, ids)) {
            long id = ((Number) row[0]).longValue();
            units.put(id, row);
            names.put("AdminUnit", id, adminUnit(row, (String) row[2]));
        }
        Map<Long, List<ReferenceNames.Former>> former = new HashMap<>();
        for (Object[] row : rows(FORMER_NAMES, units.keySet())) {
            long id = ((Number) row[0]).longValue();
            former.computeIfAbsent(id, k -> new ArrayList<>()).add(new ReferenceNames.Former(localDate(row[1]),
                    localDate(row[2]), adminUnit(units.get(id), (String) row[3])));
        }
        former.forEach((id, list) -> names.putFormer("AdminUnit", id, list));
    }

    private static String adminUnit(Object[] row, String name) {
        String commune = "HAMLET".equals(row[6]) && row[5] != null ? ", " + named(row[4], row[5]) : "";
        return named(row[1], name) + commune + " (" + row[3] + ")";
    }

    private List<Object[]> rows(String statement, Collection<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            String list = all.subList(from, Math.min(all.size(), from + BATCH)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            for (Object row : em.createNativeQuery(statement.formatted(list)).getResultList()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    private static String place(Object type, Object name) {
        return name == null ? "" : ", " + named(type, name);
    }

    private static String named(Object type, Object name) {
        AdminUnitType kind = null;
        try {
            kind = type == null ? null : AdminUnitType.valueOf(type.toString());
        } catch (IllegalArgumentException e) {
            // a kind of unit the reference list knows and this version does not: the name alone
        }
        return AdminUnitView.named(kind, name.toString());
    }

    private static String shortened(String title) {
        return title.length() <= 80 ? title : title.substring(0, 79) + "…";
    }

    private static String day(Object value) {
        LocalDate day = localDate(value);
        return day == null ? "" : day.format(DAY);
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return value instanceof LocalDate day ? day : null;
    }
}
