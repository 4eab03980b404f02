package vn.doanthe.directive.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A branch a campaign reaches, as its officer and the levels above follow it: the summary version
 * it acknowledged (none yet: nulls) and how many sessions it has recorded.
 */
public record TargetView(Long orgUnitId, String name, String place, Long acknowledgedSummaryId,
                         Integer acknowledgedVersion, LocalDate acknowledgedOn, long sessions) implements Serializable {
}
