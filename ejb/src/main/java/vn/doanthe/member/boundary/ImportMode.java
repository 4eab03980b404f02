package vn.doanthe.member.boundary;

/** The user's decision once an import is checked. */
public enum ImportMode {
    /** Write the rows without error; the others are left out and listed in the report. */
    VALID_ONLY,
    /** Write nothing. */
    NOTHING
}
