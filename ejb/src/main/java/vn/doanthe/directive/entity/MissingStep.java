package vn.doanthe.directive.entity;

/** What a branch had not done yet when it was reminded. */
public enum MissingStep {
    /** Neither acknowledged the version it will present nor held its session. */
    ACKNOWLEDGEMENT,
    /** Acknowledged, but held no session. */
    SESSION
}
