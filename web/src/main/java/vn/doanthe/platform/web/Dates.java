package vn.doanthe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese forms write them, dd/MM/yyyy, for the places in pages where a converter cannot go. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public String format(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
