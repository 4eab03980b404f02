package vn.doanthe.platform.access;

/** What a user may do; where they may do it is their scope. */
public enum Role {
    /** Users and reference data. */
    ADMIN,
    /** Reads and writes within their scope. */
    STAFF,
    /** Reads within their scope. */
    VIEWER,
    /** Reads everything, the audit trail included; writes nothing. */
    AUDITOR,
    /**
     * A grant added to another role: exports CCCD, phone, ethnicity and religion unmasked
     * (Decree 13/2023/NĐ-CP: sensitive personal data leaves the system only with a permission).
     */
    PERSONAL_DATA
}
