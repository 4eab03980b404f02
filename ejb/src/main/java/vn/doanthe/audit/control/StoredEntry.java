package vn.doanthe.audit.control;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One audit entry as the verification reads it: the bytes of its stored columns, not decoded into
 * Strings and encoded again. Text columns arrive from MariaDB as UTF-8, which is what the canonical
 * encoding hashes; {@code at} is selected as text ({@code CAST(at AS CHAR)} of a DATETIME(3) is
 * {@code yyyy-MM-dd HH:mm:ss.SSS}, the encoding's own format), ids as numbers.
 *
 * @param texts at, username, client address, request id, action, entity type, entity id, changes,
 *              reason, command: in the encoding's order, null where the column is NULL
 */
record StoredEntry(long id, byte[][] texts, Long unitId, byte[] unitPath, byte[] previousHash, byte[] hash) {

    /** What {@link #read} expects, in this order. */
    static final String COLUMNS = "id, CAST(at AS CHAR), username, client_address, request_id, action, entity_type,"
            + " entity_id, changes, reason, command, unit_id, unit_path, prev_hash, hash";

    private static final int TEXTS = 10;

    static StoredEntry read(ResultSet row) throws SQLException {
        byte[][] texts = new byte[TEXTS][];
        for (int i = 0; i < TEXTS; i++) {
            texts[i] = row.getBytes(i + 2);
        }
        long unit = row.getLong(12);
        Long unitId = row.wasNull() ? null : unit;
        return new StoredEntry(row.getLong(1), texts, unitId, row.getBytes(13), row.getBytes(14), row.getBytes(15));
    }
}
