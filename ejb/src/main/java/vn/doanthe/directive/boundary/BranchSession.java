package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A campaign session as another feature names it (a branch meeting it was held in): the document
 * presented, when, by whom, and how many members were present.
 */
public record BranchSession(Long sessionId, Long campaignId, String symbol, String title, LocalDate heldOn,
                            String presenter, int membersPresent) implements Serializable {
}
