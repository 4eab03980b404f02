package vn.doanthe.directive.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.doanthe.directive.entity.CampaignSession;
import vn.doanthe.member.entity.Person;
import vn.doanthe.platform.mutation.ChangesWritten;
import vn.doanthe.platform.person.BranchRollsChanged;

/**
 * The figures each campaign target keeps of its branch (V29): its members active on the campaign's
 * deadline, its sessions, and its members present at one of them. Counted when the campaign is
 * issued, and again, inside the command, when a membership of the branch changes or a session of it
 * is recorded or changed (a merge of two persons present); never audited, since they are derived.
 * A level's figures are their sums.
 */
@ApplicationScoped
public class TargetFigures {

    private static final String MEMBERS = """
            (SELECT COUNT(DISTINCT p.membership_id) FROM membership_period p
              WHERE p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE' AND p.valid_from <= c.deadline
                AND (p.valid_to IS NULL OR p.valid_to >= c.deadline))""";

    private static final String ISSUED = """
            UPDATE campaign_target t JOIN campaign c ON c.id = t.campaign_id
              JOIN (SELECT p.org_unit_id, COUNT(DISTINCT p.membership_id) AS members
                      FROM campaign_target x JOIN campaign y ON y.id = x.campaign_id
                      JOIN membership_period p ON p.org_unit_id = x.org_unit_id AND p.status = 'ACTIVE'
                           AND p.valid_from <= y.deadline AND (p.valid_to IS NULL OR p.valid_to >= y.deadline)
                     WHERE x.campaign_id = ?1 GROUP BY p.org_unit_id) m ON m.org_unit_id = t.org_unit_id
               SET t.members = m.members
             WHERE t.campaign_id = ?1""";

    private static final String SESSIONS = """
            UPDATE campaign_target t
               SET t.sessions = (SELECT COUNT(*) FROM campaign_session s WHERE s.target_id = t.id),
                   t.members_reached = (SELECT COUNT(DISTINCT a.person_id) FROM campaign_attendee a
                                          JOIN campaign_session s ON s.id = a.session_id WHERE s.target_id = t.id)
             WHERE t.id IN (%s)""";

    @PersistenceContext
    EntityManager em;

    /** Counts the members of every target of a campaign just issued. */
    public void issued(long campaignId) {
        em.createNativeQuery(ISSUED).setParameter(1, campaignId).executeUpdate();
    }

    void rollsChanged(@Observes BranchRollsChanged changed) {
        if (changed.orgUnitIds().isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE campaign_target t JOIN campaign c ON c.id = t.campaign_id SET t.members = " + MEMBERS
                + " WHERE t.org_unit_id IN (" + ids(changed.orgUnitIds()) + ")").executeUpdate();
    }

    /**
     * A session recorded or changed, or a person changed (a merge makes the kept record the attendee
     * of the merged one's sessions, once where both were present): its branches' sessions counted again.
     */
    void sessionsChanged(@Observes ChangesWritten written) {
        List<Long> sessions = written.changes().stream().filter(c -> c.entity() instanceof CampaignSession)
                .map(c -> c.entity().getId()).distinct().toList();
        List<Long> persons = written.changes().stream().filter(c -> c.entity() instanceof Person)
                .map(c -> c.entity().getId()).distinct().toList();
        Set<Long> targets = new HashSet<>();
        if (!sessions.isEmpty()) {
            targets.addAll(numbers("SELECT target_id FROM campaign_session WHERE id IN (" + ids(sessions) + ")"));
        }
        if (!persons.isEmpty()) {
            targets.addAll(numbers("SELECT DISTINCT s.target_id FROM campaign_attendee a JOIN campaign_session s"
                    + " ON s.id = a.session_id WHERE a.person_id IN (" + ids(persons) + ")"));
        }
        if (!targets.isEmpty()) {
            em.createNativeQuery(SESSIONS.formatted(ids(targets))).executeUpdate();
        }
    }

    private List<Long> numbers(String sql) {
        return ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(v -> ((Number) v).longValue()).toList();
    }

    /** Ids the database gave, written into the statement. */
    private static String ids(Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
