package vn.doanthe.meeting.entity;

/**
 * The steps of a branch's yearly classification, in order: the branch assesses itself (tự đánh
 * giá), the commune appraises (thẩm định), the level above decides (quyết định).
 */
public enum ClassificationStep {
    SELF, APPRAISED, DECIDED
}
