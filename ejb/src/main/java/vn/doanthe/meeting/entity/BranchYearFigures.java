package vn.doanthe.meeting.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A branch's year as its classification judges it: the periods its cadence owed and those it met
 * in, the mean attendance of its meetings (none without a roll call), and the dues collected of
 * those owed (none when the criteria set no dues or it had no member). Shares have four decimals.
 */
public record BranchYearFigures(int owed, int kept, BigDecimal attendance, BigDecimal dues) implements Serializable {

    /** The share of the owed periods met in; a year that owed none so far has kept its schedule. */
    public BigDecimal keptShare() {
        return owed == 0 ? BigDecimal.ONE : BigDecimal.valueOf(kept).divide(BigDecimal.valueOf(owed), 4, RoundingMode.HALF_UP);
    }
}
