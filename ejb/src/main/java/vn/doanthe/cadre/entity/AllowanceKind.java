package vn.doanthe.cadre.entity;

/** How a hamlet post is paid. */
public enum AllowanceKind {
    /** Phụ cấp: one of the (at most three) hamlet posts Decree 33/2023/NĐ-CP pays. */
    ALLOWANCE,
    /** Hỗ trợ hằng tháng: a monthly support the province sets for other posts. */
    SUPPORT
}
