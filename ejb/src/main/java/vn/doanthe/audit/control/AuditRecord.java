package vn.doanthe.audit.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * What the hash of one audit entry covers, besides the previous entry's hash. {@code unitId} and
 * {@code unitPath} name the territorial unit the entry concerns (null when none, and in every
 * entry written before V12).
 */
public record AuditRecord(long id, LocalDateTime at, String username, String clientAddress, String requestId,
                          String action, String entityType, String entityId, String changes, String reason,
                          String command, Long unitId, String unitPath) {

    /** The columns of {@code audit_entry} that hold the content, in the order {@link #read} expects them. */
    public static final String COLUMNS = "id, at, username, client_address, request_id, action, entity_type,"
            + " entity_id, changes, reason, command, unit_id, unit_path";

    /** The content from the first columns of the current row, selected as {@link #COLUMNS}. */
    public static AuditRecord read(ResultSet row) throws SQLException {
        long unitId = row.getLong(12);
        Long unit = row.wasNull() ? null : unitId; // before any other column is read
        return new AuditRecord(row.getLong(1), row.getObject(2, LocalDateTime.class), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11), unit, row.getString(13));
    }
}
