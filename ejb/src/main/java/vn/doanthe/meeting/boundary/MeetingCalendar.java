package vn.doanthe.meeting.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.doanthe.meeting.entity.Cadence;
import vn.doanthe.meeting.entity.MeetingType;

/**
 * A branch's year period by period, as its cadence asks (lịch sinh hoạt): each period's days, the
 * day the province fixes in it (none when it fixes none), how it stands and the meetings held in
 * it. {@code owed} and {@code kept} count the ended periods as the year's figures do.
 */
public record MeetingCalendar(long orgUnitId, String unitName, String place, int year, Cadence cadence,
                              Integer fixedDay, int owed, int kept, List<Period> periods) implements Serializable {

    /**
     * How a period stands: a regular or thematic meeting {@code HELD} in it; ended without one,
     * {@code MISSING}; the current one without one yet, {@code OPEN}; one still to come, {@code UPCOMING}.
     */
    public enum State {
        HELD, MISSING, OPEN, UPCOMING
    }

    public record Period(int firstMonth, int lastMonth, LocalDate from, LocalDate to, LocalDate fixedOn, State state,
                         List<Held> meetings) implements Serializable {
    }

    public record Held(long id, LocalDate heldOn, MeetingType type) implements Serializable {
    }

    public long missing() {
        return periods.stream().filter(p -> p.state() == State.MISSING).count();
    }
}
