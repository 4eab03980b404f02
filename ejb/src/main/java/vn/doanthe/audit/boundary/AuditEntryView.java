package vn.doanthe.audit.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** An audit entry as auditors read it; {@code at} is UTC; {@code unitId} the territorial unit it concerns. */
public record AuditEntryView(long id, LocalDateTime at, String user, String action, String entityType,
                             String entityId, List<FieldChange> changes, String clientAddress, String reason,
                             String command, String requestId, Long unitId) implements Serializable {
}
