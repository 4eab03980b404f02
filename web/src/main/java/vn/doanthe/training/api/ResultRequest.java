package vn.doanthe.training.api;

import java.math.BigDecimal;

/** Body of POST /enrolments/{id}/result. */
public class ResultRequest {

    public Boolean attended;

    /** From 0 to 10, at most two decimals. */
    public BigDecimal score;

    public Boolean completed;

    /** The written reflection (bài thu hoạch). */
    public String reflection;
}
