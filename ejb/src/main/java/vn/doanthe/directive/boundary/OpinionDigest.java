package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Members' opinions and proposals of a campaign under a territorial unit, gathered by topic as a
 * level consolidates them for the level above (tổng hợp ý kiến, kiến nghị): topics typed alike
 * with or without diacritics are one, named as most branches wrote it; the most raised first.
 * The campaign's figures under the unit head it.
 */
public record OpinionDigest(Long campaignId, String symbol, String title, LocalDate deadline, String unit, String name,
                            long targets, long sessionsHeld, long membersReached, long members, long opinions,
                            List<Topic> topics) implements Serializable {

    /** A topic: how many opinions, from how many branches, and each of them. */
    public record Topic(String topic, int count, int branches, List<Item> items) implements Serializable {
    }

    /** One opinion: the branch, where it is, the day of its session, the words as recorded. */
    public record Item(Long orgUnitId, String branch, String place, LocalDate heldOn, String text) implements Serializable {
    }
}
