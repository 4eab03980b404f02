package vn.doanthe.member.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the maintained counts ({@code member_tally_change}) move when placements change: the changes
 * the placements after a command make, minus those the placements before it made. Memberships count
 * in each unit from the first day of a counted period to its last; a person counts once in a unit
 * while at least one of their memberships counts anywhere below it, so overlapping memberships in
 * two branches of one commune make one person there.
 */
public final class TallyChanges {

    /** The organisation id under which persons counted once are kept. */
    public static final long PERSONS = 0;
    /** The status under which persons counted once are kept. */
    public static final String ANY_STATUS = "*";

    /** A count kept for a territorial unit: an organisation's memberships in one status, or persons once. */
    public record Key(long adminUnitId, long organisationId, String status) {
    }

    /** The change of a count on a day. */
    public record Change(Key key, LocalDate day) {
    }

    private static final Comparator<Change> ORDER = Comparator.comparingLong((Change c) -> c.key().adminUnitId())
            .thenComparing(Change::day).thenComparingLong(c -> c.key().organisationId())
            .thenComparing(c -> c.key().status());

    private final Map<Change, Integer> deltas = new TreeMap<>(ORDER);

    private TallyChanges() {
    }

    public static TallyChanges between(Collection<Placement> before, Collection<Placement> after) {
        TallyChanges changes = new TallyChanges();
        changes.add(after, 1);
        changes.add(before, -1);
        changes.deltas.values().removeIf(delta -> delta == 0);
        return changes;
    }

    /** The changes by day, in the order of the table's primary key (so that concurrent writers lock rows alike). */
    public Map<Change, Integer> byDay() {
        return deltas;
    }

    /** The same changes summed per count: how today's counts move. */
    public Map<Key, Integer> today() {
        Map<Key, Integer> totals = new TreeMap<>(Comparator.comparingLong(Key::adminUnitId)
                .thenComparingLong(Key::organisationId).thenComparing(Key::status));
        deltas.forEach((change, delta) -> totals.merge(change.key(), delta, Integer::sum));
        totals.values().removeIf(delta -> delta == 0);
        return totals;
    }

    public boolean isEmpty() {
        return deltas.isEmpty();
    }

    private void add(Collection<Placement> placements, int sign) {
        List<Placement> counted = placements.stream().filter(p -> p.status().isCounted()).toList();
        for (Placement p : counted) {
            for (Long place : p.places()) {
                period(new Key(place, p.organisationId(), p.status().name()), p.from(), p.to(), sign);
            }
        }
        Map<Long, List<Placement>> byPerson = counted.stream().collect(Collectors.groupingBy(Placement::personId));
        for (List<Placement> ofOnePerson : byPerson.values()) {
            Map<Long, List<Placement>> byPlace = new HashMap<>();
            for (Placement p : ofOnePerson) {
                for (Long place : p.places()) {
                    byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(p);
                }
            }
            byPlace.forEach((place, there) -> present(new Key(place, PERSONS, ANY_STATUS), there, sign));
        }
    }

    /** Counts one person in a unit over the union of the periods they are counted there. */
    private void present(Key key, List<Placement> there, int sign) {
        LocalDate from = null;
        LocalDate to = null; // null while open-ended
        for (Placement p : there.stream().sorted(Comparator.comparing(Placement::from)).toList()) {
            if (from == null) {
                from = p.from();
                to = p.to();
            } else if (to != null && p.from().isAfter(to.plusDays(1))) {
                period(key, from, to, sign);
                from = p.from();
                to = p.to();
            } else if (to != null) {
                to = p.to() == null || p.to().isAfter(to) ? p.to() : to;
            }
        }
        if (from != null) {
            period(key, from, to, sign);
        }
    }

    private void period(Key key, LocalDate from, LocalDate to, int sign) {
        deltas.merge(new Change(key, from), sign, Integer::sum);
        if (to != null) {
            deltas.merge(new Change(key, to.plusDays(1)), -sign, Integer::sum);
        }
    }
}
