package vn.doanthe.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Each branch's meetings summed by year (V37 {@code branch_meeting_year}): derived, not audited,
 * summed again from the branch's meetings inside every command that records a meeting, writes its
 * minutes (the dues) or counts its attendance again. Summing a branch's years from its own meetings
 * (a few dozen rows), rather than adding differences, keeps the sums right whatever a command
 * changed; the sum reads the meetings as committed, locking them. So a meeting command sums in its
 * own body, before the mutation path appends to the audit trail and holds the chain's head until
 * the commit: summing after it, a command waited for a meeting another command had changed, while
 * that one waited for the head (a deadlock three offices writing one meeting's minutes produced).
 * A command that changes a meeting's month, type, dues or attendance must call {@link #sumAgain}.
 */
@ApplicationScoped
public class BranchMeetingYears {

    private static final String SUMMED = """
            INSERT INTO branch_meeting_year (org_unit_id, year, kept_months, rate_sum, rated, dues)
            SELECT m.org_unit_id, YEAR(m.held_on), BIT_OR(IF(m.type IN (%1$s), 1 << (MONTH(m.held_on) - 1), 0)),
                   COALESCE(SUM(CASE WHEN %2$s THEN m.present / m.expected END), 0), SUM(%2$s),
                   COALESCE(SUM(m.dues_collected), 0)
              FROM meeting m WHERE m.org_unit_id IN (%3$s)
             GROUP BY m.org_unit_id, YEAR(m.held_on)""";

    @PersistenceContext
    EntityManager em;

    /** Sums the years of these branches again from their meetings as the command left them. */
    public void sumAgain(Collection<Long> orgUnitIds) {
        if (orgUnitIds.isEmpty()) {
            return;
        }
        em.flush();
        String units = orgUnitIds.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM branch_meeting_year WHERE org_unit_id IN (" + units + ")").executeUpdate();
        em.createNativeQuery(SUMMED.formatted(MeetingTallies.KEEPING, MeetingTallies.RATED, units)).executeUpdate();
    }
}
