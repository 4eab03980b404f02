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
        return ofYear(year, cadence, establishedOn, closedOn).stream().filter(p -> p.to().isBefore(today)).toList();
    }

    /** Every period of the year in which the branch was open at some time, ended or not. */
    public static List<Period> ofYear(int year, Cadence cadence, LocalDate establishedOn, LocalDate closedOn) {
        List<Period> periods = new ArrayList<>();
        for (int first = 1; first <= 12; first += cadence.months()) {
            LocalDate from = LocalDate.of(year, first, 1);
            LocalDate to = from.plusMonths(cadence.months()).minusDays(1);
            if ((establishedOn == null || !establishedOn.isAfter(to)) && (closedOn == null || !closedOn.isBefore(from))) {
                periods.add(new Period(first, first + cadence.months() - 1, from, to));
            }
        }
        return periods;
    }
}
