package vn.doanthe.directive.boundary;

import java.io.Serializable;

/**
 * The words of a summary for members, and its presenter's outline. {@code basedOnId}: the approved
 * version of a level above that a level adapts; {@code hash}: when changing a summary, the hash of
 * the words the writer started from, so that two people changing one draft do not overwrite each
 * other.
 */
public record NewSummary(String text, String outline, Long basedOnId, String hash) implements Serializable {
}
