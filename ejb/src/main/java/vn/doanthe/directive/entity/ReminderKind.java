package vn.doanthe.directive.entity;

/** Why a campaign reminder was written. */
public enum ReminderKind {
    /** Before the deadline, to the branch that has not held its session (nhắc việc). */
    DUE_SOON,
    /** After the deadline, to the unit above the branch that has not (báo quá hạn). */
    OVERDUE
}
