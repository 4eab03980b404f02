package vn.doanthe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese forms write them, dd/MM/yyyy, for the places in pages where a converter cannot go. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** A moment already in Vietnam time, to the minute. */
    public String moment(LocalDateTime vietnamTime) {
        return vietnamTime == null ? "" : MOMENT.format(vietnamTime);
    }
}
