package vn.doanthe.cadre.entity;

/** Xếp loại: the four levels of a cadre's yearly review, best first. */
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
