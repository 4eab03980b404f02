package vn.doanthe.meeting.entity;

/** How often a type of unit meets (định kỳ sinh hoạt). */
public enum Cadence {
    MONTHLY(1), BIMONTHLY(2), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    Cadence(int months) {
        this.months = months;
    }

    /** The months between two meetings. */
    public int months() {
        return months;
    }
}
