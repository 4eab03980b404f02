package vn.doanthe.audit.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What an auditor looks for; every part is optional. Days are Vietnam's days, both included. */
public record AuditQuery(String entityType, String entityId, String user, String action, LocalDate from,
                         LocalDate to) implements Serializable {
}
