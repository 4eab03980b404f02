package vn.doanthe.cadre.entity;

/** Trình độ lý luận chính trị: the level of political theory training completed. */
public enum PoliticalTheory {
    /** Sơ cấp. */
    ELEMENTARY,
    /** Trung cấp. */
    INTERMEDIATE,
    /** Cao cấp. */
    ADVANCED,
    /** Cử nhân. */
    BACHELOR
}
