package vn.doanthe.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an auditor looks for; every part is optional. Days are Vietnam's days, both included;
 * {@code unit} is the code of a territorial unit in force: entries concerning it or any unit below it.
 */
public record AuditQuery(String entityType, String entityId, String user, String action, LocalDate from,
                         LocalDate to, String unit) implements Serializable {

    /** Every entry (the reader's scope aside). */
    public static AuditQuery none() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
