package vn.doanthe.meeting.api;

import java.math.BigDecimal;

/** Body of PUT /meeting-rules/{id}: {@code cadence} MONTHLY… YEARLY, a fixed day 1–28 or none, a share 0–1. */
public class RuleRequest {

    public String cadence;

    public Integer fixedDay;

    public BigDecimal minAttendance;

    /** The rule's version as read; optional: when given, a change made meanwhile is a conflict. */
    public Integer version;
}
