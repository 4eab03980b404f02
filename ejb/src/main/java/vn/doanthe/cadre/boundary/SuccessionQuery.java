package vn.doanthe.cadre.boundary;

import java.time.LocalDate;

/**
 * The succession report's questions: units on or below {@code unit} (a code; the caller's scope when
 * absent), of an organisation when named, on {@code asOf}; a head is ageing at {@code headAge}
 * (default 60) unless a deputy is younger than {@code deputyAge} (default 45); an acting head for
 * {@code actingMonths} (default 6) or more is too long; a term ending within {@code termMonths}
 * (default 6) is near its end. Null means the default.
 */
public record SuccessionQuery(String unit, String organisation, Integer headAge, Integer deputyAge,
                              Integer actingMonths, Integer termMonths, LocalDate asOf) {
}
