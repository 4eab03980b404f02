package vn.doanthe.member.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;
import vn.doanthe.member.entity.MembershipStatus;

/** Maintained counts of some territorial units on one day, as {@link MemberTallies#read} found them. */
public final class Tallies {

    /** The counts of each unit, by unit id. */
    private final Map<Long, Map<TallyChanges.Key, Long>> counts = new HashMap<>();

    void add(TallyChanges.Key key, long members) {
        counts.computeIfAbsent(key.adminUnitId(), unit -> new HashMap<>()).merge(key, members, Long::sum);
    }

    /** Persons counted once across all organisations. */
    public long persons(long unitId) {
        return counts.getOrDefault(unitId, Map.of())
                .getOrDefault(new TallyChanges.Key(unitId, TallyChanges.PERSONS, TallyChanges.ANY_STATUS), 0L);
    }

    public long memberships(long unitId, LongPredicate organisations) {
        return sum(unitId, organisations, null);
    }

    public long memberships(long unitId, long organisationId) {
        return sum(unitId, id -> id == organisationId, null);
    }

    public long memberships(long unitId, LongPredicate organisations, MembershipStatus status) {
        return sum(unitId, organisations, status);
    }

    private long sum(long unitId, LongPredicate organisations, MembershipStatus status) {
        long sum = 0;
        for (Map.Entry<TallyChanges.Key, Long> e : counts.getOrDefault(unitId, Map.of()).entrySet()) {
            TallyChanges.Key key = e.getKey();
            if (key.organisationId() != TallyChanges.PERSONS
                    && organisations.test(key.organisationId())
                    && (status == null || status.name().equals(key.status()))) {
                sum += e.getValue();
            }
        }
        return sum;
    }
}
