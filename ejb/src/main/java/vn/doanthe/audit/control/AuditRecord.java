package vn.doanthe.audit.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** What the hash of one audit entry covers, besides the previous entry's hash. */
public record AuditRecord(long id, LocalDateTime at, String username, String clientAddress, String requestId,
                          String action, String entityType, String entityId, String changes, String reason,
                          String command) {

    /** The columns of {@code audit_entry} that hold the content, in the order {@link #read} expects them. */
    public static final String COLUMNS = "id, at, username, client_address, request_id, action, entity_type,"
            + " entity_id, changes, reason, command";

    /** The content from the first columns of the current row, selected as {@link #COLUMNS}. */
    public static AuditRecord read(ResultSet row) throws SQLException {
        return new AuditRecord(row.getLong(1), row.getObject(2, LocalDateTime.class), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11));
    }
}
