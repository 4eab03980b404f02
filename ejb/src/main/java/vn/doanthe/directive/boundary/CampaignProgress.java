package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * How far a campaign has come under a territorial unit, and for each unit directly below it:
 * branches reached, acknowledged, that held a session, members reached (distinct persons present at
 * a session) out of members (active in the branches on the deadline), and overdue (no session by the
 * deadline, once it has passed).
 */
public record CampaignProgress(String unit, String name, long targets, long acknowledged, long sessionsHeld,
                               long membersReached, long members, long overdue, List<Child> children)
        implements Serializable {

    public record Child(String unit, String name, long targets, long acknowledged, long sessionsHeld,
                        long membersReached, long members, long overdue) implements Serializable {
    }
}
