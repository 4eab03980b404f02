package vn.doanthe.training.entity;

/** How a course is taught. */
public enum CourseMode {
    /** Trực tiếp: in a hall. */
    IN_PERSON,
    /** Trực tuyến: online, from the commune's connection points or at home. */
    ONLINE,
    /** Kết hợp: some sessions in a hall, some online. */
    MIXED
}
