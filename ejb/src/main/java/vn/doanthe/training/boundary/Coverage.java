package vn.doanthe.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * How many of the holders of a post (or of any post) in a territory on a day were trained that
 * year: {@code target} persons holding the post on {@code asOf} in units on or below the unit,
 * {@code trained} those of them who completed a course targeting a post they held that ended in
 * the year; {@code ratio} to 4 decimals, absent when there is no target. Each person is counted
 * once, however many posts they hold.
 */
public record Coverage(String unit, String name, int year, LocalDate asOf, String organisation, String post,
                       long target, long trained, BigDecimal ratio, List<Child> children) implements Serializable {

    /** The same figures for a unit directly below. */
    public record Child(String unit, String name, long target, long trained, BigDecimal ratio)
            implements Serializable {
    }

    static BigDecimal ratio(long trained, long target) {
        return target == 0 ? null : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(target), 4, RoundingMode.HALF_UP);
    }
}
