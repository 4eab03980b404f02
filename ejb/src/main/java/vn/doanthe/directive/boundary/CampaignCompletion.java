package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.util.List;
import vn.doanthe.territory.entity.AdminLevel;

/**
 * A campaign's completion under a territorial unit, every level down to the hamlets: the unit's own
 * figures first, then each unit below that holds targets, depth-first in the order of their codes
 * ({@code depth} 1 for the units directly below). Each row is the sum of its targets' figures.
 */
public record CampaignCompletion(Long campaignId, String symbol, String title, java.time.LocalDate deadline,
                                 List<Row> rows) implements Serializable {

    public record Row(String unit, String name, AdminLevel level, int depth, long targets, long acknowledged,
                      long sessionsHeld, long membersReached, long members, long overdue) implements Serializable {

        /** The state a tree colours a unit by: late (some overdue), done (every target held a session), or going. */
        public String state() {
            return overdue > 0 ? "late" : targets > 0 && sessionsHeld == targets ? "done" : "going";
        }
    }
}
