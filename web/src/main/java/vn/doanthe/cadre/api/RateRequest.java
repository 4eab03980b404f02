package vn.doanthe.cadre.api;

import java.math.BigDecimal;

/** Body of POST /allowances/rates: a coefficient of the base salary or an amount, not both. */
public class RateRequest {

    /** A post code, as GET /posts lists them. */
    public String post;

    /** ALLOWANCE (phụ cấp) or SUPPORT (hỗ trợ). */
    public String kind;

    public BigDecimal coefficient;

    /** Đồng a month. */
    public BigDecimal amount;

    /** The first day the rate applies; the post's current rate ends the day before. */
    public String from;

    /** The province's resolution or decision, its symbol as written. */
    public String decision;
}
