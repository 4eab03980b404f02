package vn.doanthe.meeting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.doanthe.meeting.entity.Cadence;

/**
 * The meetings a branch owes in a year by its cadence: one per period (a month, a quarter…). A period
 * is due once it has ended before today — the current one is not missing yet — and is owed only by
 * a branch open at some time in it.
 */
public final class MeetingSchedule {

    private MeetingSchedule() {
    }

    /** A period of the year: its months (1–12) and days. */
    public record Period(int firstMonth, int lastMonth, LocalDate from, LocalDate to) {

        public boolean holds(int month) {
            return month >= firstMonth && month <= lastMonth;
        }
    }

    /** The periods of the year that the branch owes a meeting for, as of {@code today}. */
    public static List<Period> due(int year, Cadence cadence, LocalDate establishedOn, LocalDate closedOn,
                                   LocalDate today) {
        List<Period> due = new ArrayList<>();
        for (int first = 1; first <= 12; first += cadence.months()) {
            LocalDate from = LocalDate.of(year, first, 1);
            LocalDate to = from.plusMonths(cadence.months()).minusDays(1);
            boolean open = (establishedOn == null || !establishedOn.isAfter(to)) && (closedOn == null || !closedOn.isBefore(from));
            if (to.isBefore(today) && open) {
                due.add(new Period(first, first + cadence.months() - 1, from, to));
            }
        }
        return due;
    }
}
