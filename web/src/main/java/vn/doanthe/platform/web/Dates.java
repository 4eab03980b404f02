package vn.doanthe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import vn.doanthe.platform.control.VietnamTime;

/** Dates as Vietnamese forms write them, dd/MM/yyyy, for the places in pages where a converter cannot go. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment stored in UTC (as the records keep them), shown in Vietnam time to the minute. */
    public String fromUtc(LocalDateTime utc) {
        return utc == null ? "" : moment(VietnamTime.of(utc));
    }

    /** A moment already in Vietnam time, to the minute. */
    public String moment(LocalDateTime vietnamTime) {
        return vietnamTime == null ? "" : MOMENT.format(vietnamTime);
    }
}
