package vn.doanthe.cadre.boundary;

import java.time.LocalDate;

/**
 * Which cadres to list: those holding a post on {@code asOf} (today when absent) in units on the
 * territorial unit {@code unit} (a code) or below it, of an organisation (a code) and a post (a
 * code) when named; every filter may be absent.
 */
public record CadreQuery(String unit, String organisation, String post, LocalDate asOf) {
}
