package vn.doanthe.directive.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.doanthe.platform.control.ScheduledJob;

/**
 * One round of campaign reminders, in two statements: to each branch that has held no session of a
 * campaign whose deadline is within the next days, a reminder of what it has still to do; to the
 * unit above each branch that held none by a deadline passed, a notice that it is overdue. Each is
 * written once (a branch and kind already reminded is skipped; the unique key stands behind it), and
 * the caller holds the job's lock, so rounds on several instances write no reminder twice.
 */
@Dependent
public class ReminderRound {

    public static final String JOB = "campaign-reminders";

    private static final String DUE_SOON = """
            INSERT INTO campaign_reminder (campaign_id, target_id, kind, missing, addressed_unit_id, addressed_place_id,
                                           created_at, created_by)
            SELECT t.campaign_id, t.id, 'DUE_SOON', IF(t.acknowledged_summary_id IS NULL, 'ACKNOWLEDGEMENT', 'SESSION'),
                   t.org_unit_id, t.admin_unit_id, ?3, ?4
              FROM campaign c JOIN campaign_target t ON t.campaign_id = c.id
             WHERE c.deadline BETWEEN ?1 AND ?2
               AND NOT EXISTS (SELECT 1 FROM campaign_session s WHERE s.target_id = t.id)
               AND NOT EXISTS (SELECT 1 FROM campaign_reminder r WHERE r.target_id = t.id AND r.kind = 'DUE_SOON')""";

    private static final String OVERDUE = """
            INSERT INTO campaign_reminder (campaign_id, target_id, kind, missing, addressed_unit_id, addressed_place_id,
                                           created_at, created_by)
            SELECT t.campaign_id, t.id, 'OVERDUE', IF(t.acknowledged_summary_id IS NULL, 'ACKNOWLEDGEMENT', 'SESSION'),
                   COALESCE(up.id, u.id), COALESCE(up.admin_unit_id, u.admin_unit_id), ?3, ?4
              FROM campaign c JOIN campaign_target t ON t.campaign_id = c.id
              JOIN org_unit u ON u.id = t.org_unit_id LEFT JOIN org_unit up ON up.id = u.parent_id
             WHERE c.deadline < ?1
               AND NOT EXISTS (SELECT 1 FROM campaign_session s WHERE s.target_id = t.id)
               AND NOT EXISTS (SELECT 1 FROM campaign_reminder r WHERE r.target_id = t.id AND r.kind = 'OVERDUE')""";

    @PersistenceContext
    EntityManager em;

    /** The reminders written: before deadlines up to {@code daysBefore} days ahead, and of deadlines passed. */
    public Written run(LocalDate today, int daysBefore) {
        ScheduledJob.lock(em, JOB);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String instance = ScheduledJob.instance();
        int dueSoon = em.createNativeQuery(DUE_SOON).setParameter(1, Date.valueOf(today))
                .setParameter(2, Date.valueOf(today.plusDays(daysBefore))).setParameter(3, now)
                .setParameter(4, instance).executeUpdate();
        int overdue = em.createNativeQuery(OVERDUE).setParameter(1, Date.valueOf(today)).setParameter(3, now)
                .setParameter(4, instance).executeUpdate();
        Written written = new Written(dueSoon, overdue);
        ScheduledJob.ran(em, JOB, written.toString());
        return written;
    }

    /** What a round wrote. */
    public record Written(int dueSoon, int overdue) {

        @Override
        public String toString() {
            return "dueSoon=" + dueSoon + " overdue=" + overdue;
        }
    }
}
