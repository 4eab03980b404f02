package vn.doanthe.member.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.MembershipPeriod;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.control.BatchInsert;
import vn.doanthe.platform.mutation.ChangesWritten;
import vn.doanthe.platform.mutation.EntityChange;
import vn.doanthe.platform.person.BranchRollsChanged;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Keeps the maintained member counts ({@code member_tally}, {@code member_tally_change}) equal to
 * what the membership periods say, inside each command's transaction: from the changes the command
 * made, it reads the placements of every person concerned as they are now, rebuilds them as they
 * were before, and writes the difference. A command that moves units in the territory (a merge of
 * communes) changes where thousands of members count, so the counts are rebuilt from the periods
 * once it is committed ({@link TallyRebuilds}).
 */
@ApplicationScoped
public class MemberTallies {

    private static final String ANCESTORS = """
            ancestor (unit_id, ancestor_id, rest) AS (
                SELECT id, id, path FROM admin_unit
                UNION ALL
                SELECT unit_id, CAST(SUBSTRING_INDEX(SUBSTRING(rest, 2), '/', 1) AS UNSIGNED),
                       SUBSTRING(rest, LOCATE('/', rest, 2))
                FROM ancestor WHERE LENGTH(rest) > 1)""";

    /** Each counted period as +1 on its first day and -1 on the day after its last. */
    private static final String EVENTS = """
            counted (membership_id, org_unit_id, day, delta) AS (
                SELECT membership_id, org_unit_id, valid_from, 1 FROM membership_period
                WHERE status IN ('ACTIVE', 'AWAY', 'PAUSED')
                UNION ALL
                SELECT membership_id, org_unit_id, valid_to + INTERVAL 1 DAY, -1 FROM membership_period
                WHERE status IN ('ACTIVE', 'AWAY', 'PAUSED') AND valid_to IS NOT NULL)""";

    /** The rebuild groups millions of rows: let its temporary tables stay in memory up to 256 MB. */
    private static final String IN_MEMORY = "SET STATEMENT max_heap_table_size = 268435456,"
            + " tmp_table_size = 268435456 FOR ";

    /**
     * Memberships are counted per branch first (a branch belongs to one organisation, as each of
     * its memberships does), so only the branches' sums are spread over the units above.
     */
    private static final String REBUILD_MEMBERSHIPS = IN_MEMORY + "INSERT INTO member_tally_change"
            + " (admin_unit_id, day, organisation_id, status, delta) WITH RECURSIVE " + ANCESTORS + ", " + """
            counted (org_unit_id, status, day, delta) AS (
                SELECT org_unit_id, status, valid_from, COUNT(*) FROM membership_period
                WHERE status IN ('ACTIVE', 'AWAY', 'PAUSED') GROUP BY org_unit_id, status, valid_from
                UNION ALL
                SELECT org_unit_id, status, valid_to + INTERVAL 1 DAY, -COUNT(*) FROM membership_period
                WHERE status IN ('ACTIVE', 'AWAY', 'PAUSED') AND valid_to IS NOT NULL
                GROUP BY org_unit_id, status, valid_to)
            SELECT a.ancestor_id, c.day, u.organisation_id, c.status, SUM(c.delta)
            FROM counted c
            JOIN org_unit u ON u.id = c.org_unit_id
            JOIN ancestor a ON a.unit_id = u.admin_unit_id
            GROUP BY a.ancestor_id, c.day, u.organisation_id, c.status
            HAVING SUM(c.delta) <> 0""";

    /**
     * A person's placements summed per unit and day, then run through in order of days: the person
     * starts counting where the running sum leaves 0 and stops where it returns to 0.
     */
    private static final String REBUILD_PERSONS = IN_MEMORY + "INSERT INTO member_tally_change"
            + " (admin_unit_id, day, organisation_id, status, delta) WITH RECURSIVE " + ANCESTORS + ", " + EVENTS + ","
            + """
            net (person_id, ancestor_id, day, delta) AS (
                SELECT m.person_id, a.ancestor_id, c.day, SUM(c.delta)
                FROM counted c
                JOIN membership m ON m.id = c.membership_id
                JOIN org_unit u ON u.id = c.org_unit_id
                JOIN ancestor a ON a.unit_id = u.admin_unit_id
                GROUP BY m.person_id, a.ancestor_id, c.day),
            running (ancestor_id, day, delta, placements) AS (
                SELECT ancestor_id, day, delta, SUM(delta) OVER (PARTITION BY person_id, ancestor_id ORDER BY day)
                FROM net),
            moves (ancestor_id, day, delta) AS (
                SELECT ancestor_id, day, CASE WHEN placements > 0 AND placements = delta THEN 1
                                              WHEN placements = 0 AND delta < 0 THEN -1 ELSE 0 END
                FROM running)
            SELECT ancestor_id, day, 0, '*', SUM(delta) FROM moves GROUP BY ancestor_id, day HAVING SUM(delta) <> 0""";

    private static final String REBUILD_TODAY = """
            INSERT INTO member_tally (admin_unit_id, organisation_id, status, members)
            SELECT admin_unit_id, organisation_id, status, SUM(delta) FROM member_tally_change
            GROUP BY admin_unit_id, organisation_id, status HAVING SUM(delta) <> 0""";

    private static final String PLACEMENTS = """
            SELECT p.id, p.membership_id, p.org_unit_id, p.status, p.valid_from, p.valid_to
            FROM membership_period p JOIN membership m ON m.id = p.membership_id
            WHERE m.person_id IN (%s)""";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/doanthe")
    DataSource dataSource;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    TallyRebuilds rebuilds;

    @Inject
    Event<BranchRollsChanged> rollsChanged;

    /** Brings the counts up to date with a command's changes; part of the command's transaction. */
    void follow(@Observes ChangesWritten written) {
        List<EntityChange> changes = written.changes();
        if (changes.stream().anyMatch(MemberTallies::movesTerritory)) {
            rebuildAfterCommit();
            return;
        }
        Map<Long, EntityChange> periods = firstChanges(changes, MembershipPeriod.class);
        Map<Long, EntityChange> memberships = firstChanges(changes, Membership.class);
        if (periods.isEmpty() && memberships.isEmpty()) {
            return;
        }
        Lookups now = new Lookups();
        Set<Long> persons = personsConcerned(periods, memberships, now);
        List<PeriodRow> after = periodsOf(persons);
        List<PeriodRow> before = new ArrayList<>();
        for (PeriodRow row : after) {
            EntityChange change = periods.get(row.id());
            if (change == null) {
                before.add(row);
            } else if (change.action() != EntityChange.Action.CREATE) {
                before.add(PeriodRow.of(row.id(), change.before()));
            }
        }
        Set<Long> seen = after.stream().map(PeriodRow::id).collect(Collectors.toSet());
        periods.forEach((id, change) -> {
            if (change.action() != EntityChange.Action.CREATE && !seen.contains(id)) {
                before.add(PeriodRow.of(id, change.before())); // removed, or moved to a person not concerned
            }
        });
        TallyChanges tally = TallyChanges.between(placements(before, memberships, now),
                placements(after, Map.of(), now));
        write(tally);
        Set<Long> units = new HashSet<>();
        before.forEach(row -> units.add(row.unitId()));
        after.forEach(row -> units.add(row.unitId()));
        if (!units.isEmpty()) {
            rollsChanged.fire(new BranchRollsChanged(units));
        }
    }

    /** A change of the territory is counted again once committed, outside the user's request ({@link TallyRebuilds}). */
    private void rebuildAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: the rebuild reads what the command committed
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    rebuilds.afterTerritoryChange();
                }
            }
        });
    }

    /**
     * The counts of the units on a day: today's as kept, an earlier day's as today's minus the
     * changes since (a year back reads a year of changes, not the whole history).
     */
    public Tallies read(Collection<Long> unitIds, LocalDate day, LocalDate today) {
        Tallies tallies = new Tallies();
        if (unitIds.isEmpty()) {
            return tallies;
        }
        String units = unitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Object row : em.createNativeQuery("SELECT admin_unit_id, organisation_id, status, members"
                + " FROM member_tally WHERE admin_unit_id IN (" + units + ")").getResultList()) {
            Object[] r = (Object[]) row;
            tallies.add(new TallyChanges.Key(number(r[0]), number(r[1]), (String) r[2]), number(r[3]));
        }
        if (day.isBefore(today)) {
            for (Object row : em.createNativeQuery("SELECT admin_unit_id, organisation_id, status, SUM(delta)"
                            + " FROM member_tally_change WHERE admin_unit_id IN (" + units + ") AND day > ?"
                            + " GROUP BY admin_unit_id, organisation_id, status")
                    .setParameter(1, Date.valueOf(day)).getResultList()) {
                Object[] r = (Object[]) row;
                tallies.add(new TallyChanges.Key(number(r[0]), number(r[1]), (String) r[2]), -number(r[3]));
            }
        }
        return tallies;
    }

    /** Recomputes every count from the membership periods; returns the rows written. */
    public long rebuild() {
        em.createNativeQuery("DELETE FROM member_tally").executeUpdate();
        em.createNativeQuery("DELETE FROM member_tally_change").executeUpdate();
        long rows = em.createNativeQuery(REBUILD_MEMBERSHIPS).executeUpdate();
        rows += em.createNativeQuery(REBUILD_PERSONS).executeUpdate();
        em.createNativeQuery(REBUILD_TODAY).executeUpdate();
        return rows;
    }

    private static boolean movesTerritory(EntityChange change) {
        if (change.action() != EntityChange.Action.UPDATE) {
            return false;
        }
        if (change.entity() instanceof OrgUnit unit) {
            return !Objects.equals(change.before().get("adminUnit"), String.valueOf(unit.getAdminUnit().getId()));
        }
        if (change.entity() instanceof AdminUnit unit) {
            return !Objects.equals(change.before().get("path"), unit.getPath());
        }
        return false;
    }

    /** The first change of each entity of a type in the command: its "before" is the state before the command. */
    private static Map<Long, EntityChange> firstChanges(List<EntityChange> changes, Class<?> type) {
        Map<Long, EntityChange> first = new LinkedHashMap<>();
        for (EntityChange change : changes) {
            if (type.isInstance(change.entity()) && change.entity().getId() != null) {
                first.putIfAbsent(change.entity().getId(), change);
            }
        }
        return first;
    }

    private Set<Long> personsConcerned(Map<Long, EntityChange> periods, Map<Long, EntityChange> memberships,
                                       Lookups now) {
        Set<Long> membershipIds = new HashSet<>(memberships.keySet());
        Set<Long> persons = new HashSet<>();
        periods.forEach((id, change) -> {
            membershipIds.add(((MembershipPeriod) change.entity()).getMembership().getId());
            Long earlier = number(change.before().get("membership"));
            if (earlier != null) {
                membershipIds.add(earlier);
            }
        });
        memberships.values().forEach(change -> {
            Long earlier = number(change.before().get("person"));
            if (earlier != null) {
                persons.add(earlier);
            }
        });
        now.memberships(membershipIds).values().forEach(m -> persons.add(m.personId()));
        return persons;
    }

    private List<PeriodRow> periodsOf(Set<Long> persons) {
        if (persons.isEmpty()) {
            return List.of();
        }
        String ids = persons.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<PeriodRow> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(PLACEMENTS.formatted(ids)).getResultList()) {
            Object[] r = (Object[]) row;
            rows.add(new PeriodRow(number(r[0]), number(r[1]), number(r[2]), MembershipStatus.valueOf((String) r[3]),
                    day(r[4]), day(r[5])));
        }
        return rows;
    }

    /**
     * The rows as placements; a membership whose person or organisation the command changed is
     * taken as it was ({@code earlier}), any other as it is now.
     */
    private List<Placement> placements(Collection<PeriodRow> rows, Map<Long, EntityChange> earlier, Lookups now) {
        Map<Long, MembershipRow> current = now.memberships(rows.stream().map(PeriodRow::membershipId)
                .filter(id -> !earlier.containsKey(id)).collect(Collectors.toSet()));
        Map<Long, List<Long>> places = now.places(rows.stream().map(PeriodRow::unitId).collect(Collectors.toSet()));
        List<Placement> placements = new ArrayList<>();
        for (PeriodRow row : rows) {
            EntityChange change = earlier.get(row.membershipId());
            MembershipRow membership;
            if (change == null) {
                membership = current.get(row.membershipId());
            } else if (change.action() == EntityChange.Action.CREATE) {
                continue; // did not exist before the command
            } else {
                membership = new MembershipRow(number(change.before().get("person")),
                        number(change.before().get("organisation")));
            }
            placements.add(new Placement(membership.personId(), membership.organisationId(), places.get(row.unitId()),
                    row.status(), row.from(), row.to()));
        }
        return placements;
    }

    /**
     * Adds the command's changes to both tables as multi-row upserts, in primary-key order, on the
     * transaction's connection (plain JDBC: EclipseLink looks each parameter of a native query up
     * in a list, which made a statement of thousands of parameters cost more than its rows).
     */
    private void write(TallyChanges tally) {
        try (Connection connection = dataSource.getConnection();
             BatchInsert byDay = new BatchInsert(connection, "INSERT INTO member_tally_change"
                     + " (admin_unit_id, day, organisation_id, status, delta) VALUES (?, ?, ?, ?, ?)",
                     " ON DUPLICATE KEY UPDATE delta = delta + VALUES(delta)");
             BatchInsert today = new BatchInsert(connection, "INSERT INTO member_tally"
                     + " (admin_unit_id, organisation_id, status, members) VALUES (?, ?, ?, ?)",
                     " ON DUPLICATE KEY UPDATE members = members + VALUES(members)")) {
            for (var change : tally.byDay().entrySet()) {
                TallyChanges.Key key = change.getKey().key();
                byDay.add(key.adminUnitId(), Date.valueOf(change.getKey().day()), key.organisationId(), key.status(),
                        change.getValue());
            }
            for (var change : tally.today().entrySet()) {
                TallyChanges.Key key = change.getKey();
                today.add(key.adminUnitId(), key.organisationId(), key.status(), change.getValue());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the maintained counts failed", e);
        }
    }

    /** A membership period's row. */
    private record PeriodRow(long id, long membershipId, long unitId, MembershipStatus status, LocalDate from,
                             LocalDate to) {

        /** The period as the audit trail recorded it before the command. */
        static PeriodRow of(long id, Map<String, String> state) {
            String to = state.get("validTo");
            return new PeriodRow(id, number(state.get("membership")), number(state.get("unit")),
                    MembershipStatus.valueOf(state.get("status")), LocalDate.parse(state.get("validFrom")),
                    to == null ? null : LocalDate.parse(to));
        }
    }

    private record MembershipRow(long personId, long organisationId) {
    }

    /** Memberships and branch places as they are now, read once per command. */
    private final class Lookups {

        private final Map<Long, MembershipRow> memberships = new HashMap<>();
        private final Map<Long, List<Long>> places = new HashMap<>();

        Map<Long, MembershipRow> memberships(Set<Long> ids) {
            Set<Long> missing = ids.stream().filter(id -> !memberships.containsKey(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                for (Object row : em.createNativeQuery("SELECT id, person_id, organisation_id FROM membership WHERE id IN ("
                        + missing.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").getResultList()) {
                    Object[] r = (Object[]) row;
                    memberships.put(number(r[0]), new MembershipRow(number(r[1]), number(r[2])));
                }
            }
            Map<Long, MembershipRow> found = new HashMap<>();
            ids.forEach(id -> found.put(id, memberships.get(id)));
            found.values().removeIf(Objects::isNull);
            return found;
        }

        Map<Long, List<Long>> places(Set<Long> orgUnitIds) {
            Set<Long> missing = orgUnitIds.stream().filter(id -> !places.containsKey(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                for (Object row : em.createNativeQuery("SELECT u.id, a.path, a.id FROM org_unit u"
                        + " JOIN admin_unit a ON a.id = u.admin_unit_id WHERE u.id IN ("
                        + missing.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").getResultList()) {
                    Object[] r = (Object[]) row;
                    places.put(number(r[0]), Placement.placesOf((String) r[1], number(r[2])));
                }
            }
            return places;
        }
    }

    private static Long number(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number n ? Long.valueOf(n.longValue()) : Long.valueOf(value.toString());
    }

    private static LocalDate day(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
