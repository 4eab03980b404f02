package vn.doanthe.meeting.web;

import java.math.BigDecimal;

/** A share from 0 to 1 as the console shows and takes it: a percentage (0,85 is 85 %). */
final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    static BigDecimal of(BigDecimal share) {
        return share == null ? null : plain(share.multiply(HUNDRED));
    }

    static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : plain(percent.movePointLeft(2));
    }

    /** Without trailing zeros, never in exponent form (50, not 5E+1). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
