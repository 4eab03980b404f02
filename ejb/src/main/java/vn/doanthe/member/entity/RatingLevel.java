package vn.doanthe.member.entity;

/** Xếp loại: the four levels of the yearly review of a cadre and of a Youth Union member, best first. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD,
    /** Hoàn thành nhiệm vụ. */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED
}
