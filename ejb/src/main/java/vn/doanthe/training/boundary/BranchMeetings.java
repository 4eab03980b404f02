package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The meetings branches held over a stretch of days, as the meeting feature keeps them. Training
 * comes before meetings in the order of features, so it asks through this interface, which the
 * meeting feature answers; without an answer the effect of a course shows no meetings.
 */
public interface BranchMeetings {

    /**
     * A branch's meetings of the stretch: those held that keep its schedule (regular and thematic),
     * and the attendance rates of its meetings with a roll call (their sum and their number).
     */
    record Held(long meetings, double rates, long rated) implements Serializable {

        public static final Held NONE = new Held(0, 0, 0);

        public Held plus(Held other) {
            return new Held(meetings + other.meetings, rates + other.rates, rated + other.rated);
        }

        /** The mean attendance rate, four decimals; none without a roll call. */
        public BigDecimal averageAttendance() {
            return rated == 0 ? null : BigDecimal.valueOf(rates / rated).setScale(4, RoundingMode.HALF_UP);
        }
    }

    /** The meetings of each unit held from {@code from} to {@code to}, both included; a unit without any is missing. */
    Map<Long, Held> between(Collection<Long> unitIds, LocalDate from, LocalDate to);
}
