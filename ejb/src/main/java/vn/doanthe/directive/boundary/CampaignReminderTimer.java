package vn.doanthe.directive.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * Starts a reminder round every hour on every instance. A timer of its own per instance, not a
 * persistent one: persistent timers are no singleton across Payara Micro instances, and the
 * round's database lock already makes the work happen once.
 */
@Unguarded("every instance's hourly timer; the round runs as the system through the mutation path")
@Stateless
public class CampaignReminderTimer {

    private static final Logger LOG = Logger.getLogger(CampaignReminderTimer.class.getName());

    @Inject
    CampaignReminders reminders;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "campaign reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the round commits or rolls back on its own
    public void hourly() {
        try {
            ReminderRun run = MutationContext.asSystem(reminders::run);
            if (run.dueSoon() + run.overdue() + run.mailed() > 0) {
                LOG.info(() -> "Campaign reminders written: " + run.dueSoon() + " before deadlines, " + run.overdue()
                        + " overdue; letters mailed: " + run.mailed());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The campaign reminder round failed; it runs again within the hour", e);
        }
    }
}
