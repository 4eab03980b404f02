package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.doanthe.meeting.entity.Cadence;

/**
 * What an administrator sets on a meeting rule; {@code fixedDay} none where no day is fixed. The
 * {@code version} read with the rule, when given, makes a change made meanwhile by someone else a
 * conflict instead of being overwritten.
 */
public record RuleChange(Cadence cadence, Integer fixedDay, BigDecimal minAttendance, Integer version)
        implements Serializable {
}
