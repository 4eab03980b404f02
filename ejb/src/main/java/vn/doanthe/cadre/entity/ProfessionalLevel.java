package vn.doanthe.cadre.entity;

/** Trình độ chuyên môn: the highest professional qualification, in the order of the school system. */
public enum ProfessionalLevel {
    /** Sơ cấp. */
    PRIMARY,
    /** Trung cấp. */
    SECONDARY,
    /** Cao đẳng. */
    COLLEGE,
    /** Đại học. */
    UNIVERSITY,
    /** Thạc sĩ. */
    MASTER,
    /** Tiến sĩ. */
    DOCTORATE
}
