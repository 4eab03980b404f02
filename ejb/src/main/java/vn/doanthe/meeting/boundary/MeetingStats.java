package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.doanthe.meeting.control.MeetingTallies.BranchYear;

/**
 * Meetings of a year under a unit: {@code branches} with a meeting rule; {@code expected} the
 * meetings their cadence asked for in the periods already ended (while each branch was open);
 * {@code held} those periods in which a regular or thematic meeting was held; {@code missing} the
 * others; {@code averageAttendance} the mean of the meetings' attendance rates, four decimals (none
 * without a meeting); {@code belowThreshold} the branches whose mean is below their rule's minimum.
 * {@code children}: the same for each unit directly below.
 */
public record MeetingStats(String unit, String name, long branches, long expected, long held, long missing,
                           BigDecimal averageAttendance, long belowThreshold, List<MeetingStats> children)
        implements Serializable {

    static MeetingStats of(String unit, String name, List<BranchYear> branches, List<MeetingStats> children) {
        long expected = branches.stream().mapToLong(BranchYear::owed).sum();
        long held = branches.stream().mapToLong(BranchYear::kept).sum();
        double rates = branches.stream().mapToDouble(BranchYear::rates).sum();
        long rated = branches.stream().mapToLong(BranchYear::rated).sum();
        BigDecimal average = rated == 0 ? null : BigDecimal.valueOf(rates / rated).setScale(4, RoundingMode.HALF_UP);
        return new MeetingStats(unit, name, branches.size(), expected, held, expected - held, average,
                branches.stream().filter(BranchYear::belowMinimum).count(), children);
    }
}
