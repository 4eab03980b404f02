package vn.doanthe.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.doanthe.training.boundary.BranchMeetings;

/**
 * The meetings of branches over a stretch of days for the effect of a course (training asks; see
 * {@link BranchMeetings}), summed in one statement from the figures each meeting keeps.
 */
@ApplicationScoped
public class MeetingsOfBranches implements BranchMeetings {

    private static final String HELD = """
            SELECT m.org_unit_id, SUM(m.type IN (%1$s)), SUM(CASE WHEN %2$s THEN m.present / m.expected END), SUM(%2$s)
              FROM meeting m WHERE m.org_unit_id IN (%3$s) AND m.held_on BETWEEN ?1 AND ?2 GROUP BY m.org_unit_id""";

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Held> between(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        // Ids are numbers the caller read from the database: written into the statement, which binds no lists.
        String units = unitIds.stream().map(String::valueOf).collect(Collectors.joining(", "));
        Map<Long, Held> held = new HashMap<>();
        for (Object row : em.createNativeQuery(HELD.formatted(MeetingTallies.KEEPING, MeetingTallies.RATED, units)).setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .getResultList()) {
            Object[] r = (Object[]) row;
            held.put(((Number) r[0]).longValue(), new Held(number(r[1]), r[2] == null ? 0 : ((Number) r[2]).doubleValue(),
                    number(r[3])));
        }
        return held;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
