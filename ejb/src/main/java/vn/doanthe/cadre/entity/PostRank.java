package vn.doanthe.cadre.entity;

/** Where a post stands in its unit's committee; the succession report looks for heads and their deputies. */
public enum PostRank {
    /** Chi hội trưởng, bí thư chi đoàn, trưởng ban công tác Mặt trận, chủ tịch. */
    HEAD,
    /** Chi hội phó, phó bí thư, phó trưởng ban, phó chủ tịch. */
    DEPUTY,
    /** Ủy viên ban chấp hành, thư ký. */
    MEMBER
}
