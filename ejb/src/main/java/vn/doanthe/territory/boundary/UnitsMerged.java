package vn.doanthe.territory.boundary;

import java.time.LocalDate;
import java.util.Map;

/**
 * Fired inside a merge's transaction: each closed unit (by id) and the unit that carries on its
 * territory from {@code effectiveOn}. Features whose records sit on units move them along.
 */
public record UnitsMerged(Map<Long, Long> successorOf, LocalDate effectiveOn) {
}
