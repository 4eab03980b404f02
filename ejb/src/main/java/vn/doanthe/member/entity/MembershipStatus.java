package vn.doanthe.member.entity;

/** Where a member stands; LEFT and DECEASED members are no longer counted. */
public enum MembershipStatus {
    /** Sinh hoạt bình thường. */
    ACTIVE,
    /** Đi làm ăn xa: still a member, contact kept. */
    AWAY,
    /** Tạm ngừng sinh hoạt. */
    PAUSED,
    /** Ra khỏi tổ chức. */
    LEFT,
    /** Từ trần. */
    DECEASED;

    public boolean isCounted() {
        return this == ACTIVE || this == AWAY || this == PAUSED;
    }
}
