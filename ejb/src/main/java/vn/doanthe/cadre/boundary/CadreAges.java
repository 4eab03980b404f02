package vn.doanthe.cadre.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The average age of the cadres of a territory (tuổi bình quân của cán bộ): the persons holding a
 * post on the last day of each year (today, in the current year), each counted once however many
 * posts they hold, and the same today for each unit directly below. Ages in full years, the
 * average to one decimal, absent where no one holds a post.
 */
public record CadreAges(String unit, String name, String organisation, List<Year> byYear, List<Child> children)
        implements Serializable {

    public record Year(int year, LocalDate asOf, long cadres, BigDecimal averageAge) implements Serializable {
    }

    public record Child(String unit, String name, long cadres, BigDecimal averageAge) implements Serializable {
    }
}
