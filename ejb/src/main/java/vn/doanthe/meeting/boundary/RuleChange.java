package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.doanthe.meeting.entity.Cadence;

/** What an administrator sets on a meeting rule; {@code fixedDay} none where no day is fixed. */
public record RuleChange(Cadence cadence, Integer fixedDay, BigDecimal minAttendance) implements Serializable {
}
