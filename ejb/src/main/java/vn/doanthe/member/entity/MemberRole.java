package vn.doanthe.member.entity;

/** A member's post in their branch. */
public enum MemberRole {
    MEMBER,
    /** Chi hội trưởng, bí thư chi đoàn. */
    BRANCH_HEAD,
    /** Chi hội phó, phó bí thư. */
    BRANCH_DEPUTY,
    /** Tổ trưởng. */
    CELL_HEAD
}
