package vn.doanthe.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doanthe.meeting.entity.Cadence;

class MeetingScheduleTest {

    @Test
    void aPeriodIsOwedOnceItHasEndedAndOnlyWhileTheBranchWasOpen() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertEquals(11, MeetingSchedule.due(2026, Cadence.MONTHLY, null, null, today).size(), "December is not over");
        assertEquals(3, MeetingSchedule.due(2026, Cadence.QUARTERLY, null, null, today).size());
        assertEquals(4, MeetingSchedule.due(2025, Cadence.QUARTERLY, null, null, today).size(), "a past year: all");
        assertEquals(0, MeetingSchedule.due(2027, Cadence.QUARTERLY, null, null, today).size(), "a year to come: none");
        assertEquals(3, MeetingSchedule.due(2025, Cadence.QUARTERLY, LocalDate.of(2025, 6, 30), null, today).size(),
                "opened on the last day of the second quarter: owes it and those after");
        assertEquals(1, MeetingSchedule.due(2025, Cadence.QUARTERLY, null, LocalDate.of(2025, 1, 10), today).size(),
                "closed in January: owes the first quarter only");
        assertEquals(1, MeetingSchedule.due(2025, Cadence.YEARLY, null, null, today).size());
        assertEquals(2, MeetingSchedule.due(2025, Cadence.HALF_YEARLY, null, null, today).size());
        MeetingSchedule.Period third = MeetingSchedule.due(2025, Cadence.QUARTERLY, null, null, today).get(2);
        assertEquals(LocalDate.of(2025, 9, 30), third.to());
        assertEquals(true, third.holds(8));
    }
}
