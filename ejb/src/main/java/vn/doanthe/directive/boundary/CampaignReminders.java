package vn.doanthe.directive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.doanthe.directive.control.ReminderLetters;
import vn.doanthe.directive.control.ReminderRound;
import vn.doanthe.directive.entity.CampaignReminder;
import vn.doanthe.platform.access.Reading;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.access.Scope;
import vn.doanthe.platform.access.Scopes;
import vn.doanthe.platform.boundary.AccessDenied;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.control.Where;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.territory.boundary.PlaceInScope;
import vn.doanthe.territory.entity.AdminUnit;

/**
 * Reminders of campaigns (nhắc việc): the rounds that write them, run by every instance's timer and
 * by an administrator on demand, and the list a unit reads of the reminders addressed to it and to
 * the units below it.
 */
@Reading(allowed = {Role.ADMIN, Role.STAFF, Role.VIEWER, Role.AUDITOR})
@Stateless
public class CampaignReminders {

    /** The most reminders a list shows, latest first; the total counts them all. */
    private static final int MOST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Scopes scopes;

    @Inject
    PlaceInScope places;

    @Inject
    ReminderRound round;

    @Inject
    ReminderLetters letters;

    /** How many days before a campaign's deadline its branches without a session are reminded. */
    @Inject
    @ConfigProperty(name = "doanthe.campaign.reminderDays", defaultValue = "3")
    int reminderDays;

    /**
     * Writes the reminders due now, once across instances. The round covers every campaign of the
     * installation, so only an administrator whose scope is the whole installation may start it;
     * the timer starts it as the system. Then, when a mail session is configured, the reminders not
     * mailed yet are mailed, still under the round's lock. Audited when it wrote or mailed something.
     */
    @Mutation(allowed = Role.ADMIN)
    public ReminderRun run() {
        MutationContext context = MutationContext.current().orElseThrow();
        if (!scopes.current().isEverything()) {
            throw new AccessDenied("campaign.error.reminderScope");
        }
        ReminderRound.Written written = round.run(VietnamTime.today(), Math.max(0, reminderDays));
        int mailed = letters.mail();
        if (written.dueSoon() + written.overdue() + mailed > 0) {
            context.act("REMIND", "CampaignReminder", null, written + " mailed=" + mailed);
        }
        return new ReminderRun(written.dueSoon(), written.overdue(), mailed);
    }

    /**
     * The reminders addressed to units in the caller's scope under {@code unit} (a territorial code;
     * all of the scope when none), latest first; {@code open}: only those whose branch has held no
     * session since.
     */
    public Page<ReminderView> list(String unit, boolean open) {
        Scope scope = scopes.current();
        AdminUnit place = places.place(scope, unit, VietnamTime.today());
        Where where = scope.place("r.addressedPlace").and(scope.organisations("r.addressedTo.organisation.id"));
        if (place != null) {
            where = where.and(Where.subtree("r.addressedPlace", "place", place.getId(), place.subtreePath()));
        }
        String held = "exists (select s from CampaignSession s where s.target = r.target)";
        if (open) {
            where = where.and("not " + held);
        }
        long total = where.bind(em.createQuery("select count(r) from CampaignReminder r where " + where.jpql(),
                Long.class)).getSingleResult();
        // What a row shows fetched with it: a page of 500 reminders is one query, not thousands.
        List<CampaignReminder> found = where.bind(em.createQuery("select r from CampaignReminder r"
                        + " join fetch r.campaign c join fetch c.directive join fetch r.target t join fetch t.unit"
                        + " join fetch t.place tp left join fetch tp.parent join fetch r.addressedTo where "
                        + where.jpql() + " order by r.createdAt desc, r.id desc", CampaignReminder.class))
                .setMaxResults(MOST).getResultList();
        Set<Long> resolved = resolved(found);
        return new Page<>(found.stream().map(r -> ReminderView.of(r, resolved.contains(r.getTarget().getId()),
                VietnamTime.of(r.getCreatedAt()))).toList(), total);
    }

    /** The targets among the reminders' that have held a session. */
    private Set<Long> resolved(List<CampaignReminder> reminders) {
        if (reminders.isEmpty()) {
            return Set.of();
        }
        List<Long> targets = reminders.stream().map(r -> r.getTarget().getId()).distinct().toList();
        return new HashSet<>(em.createQuery("select distinct s.target.id from CampaignSession s where s.target.id in :t",
                Long.class).setParameter("t", targets).getResultList());
    }
}
