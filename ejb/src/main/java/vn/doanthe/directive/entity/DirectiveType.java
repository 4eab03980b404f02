package vn.doanthe.directive.entity;

/** What kind of document a directive is, as its symbol's letters say (CT, NQ, QĐ, KH, HD, KL, TB). */
public enum DirectiveType {
    /** Chỉ thị (CT). */
    DIRECTIVE,
    /** Nghị quyết (NQ). */
    RESOLUTION,
    /** Quy định, quy chế (QĐ). */
    REGULATION,
    /** Kế hoạch (KH). */
    PLAN,
    /** Hướng dẫn (HD). */
    GUIDANCE,
    /** Kết luận (KL). */
    CONCLUSION,
    /** Thông báo (TB). */
    NOTICE,
    OTHER
}
