package vn.doanthe.cadre.api;

import java.math.BigDecimal;

/** Body of POST /allowances/base-salaries. */
public class BaseSalaryRequest {

    public String from;

    /** Đồng a month. */
    public BigDecimal amount;

    /** The decree, its symbol as written. */
    public String decision;
}
