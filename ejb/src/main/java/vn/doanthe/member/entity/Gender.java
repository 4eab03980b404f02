package vn.doanthe.member.entity;

/** As the citizen ID records it. */
public enum Gender {
    MALE,
    FEMALE
}
