package vn.doanthe.cadre.boundary;

import java.time.LocalDate;
import vn.doanthe.cadre.entity.HoldingMode;

/**
 * A person given a post in a unit (from a congress, a decision, or acting until one); {@code to}
 * for a holding that already ended, recorded afterwards. Checked by {@link PostHoldings}.
 */
public record NewHolding(Long personId, Long orgUnitId, String post, LocalDate from, LocalDate to, HoldingMode mode,
                         String decision) {
}
