package vn.doanthe.directive.entity;

/** Where a summary for members stands: written, waiting for approval, approved, or replaced by a later approved version. */
public enum SummaryState {
    DRAFT,
    REVIEW,
    APPROVED,
    SUPERSEDED
}
