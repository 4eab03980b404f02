package vn.doanthe.meeting.api;

import java.math.BigDecimal;

/** What a grade asks, shares from 0 to 1: mean attendance, periods met in, dues collected (optional). */
public class ThresholdsRequest {

    public BigDecimal attendance;

    public BigDecimal kept;

    public BigDecimal dues;
}
