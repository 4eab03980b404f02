package vn.doanthe.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Inserts many rows as multi-row INSERTs of up to {@value #ROWS} rows each: one statement the server
 * parses and executes once for all of them, where a JDBC batch of single-row INSERTs executes each
 * row as a statement of its own. For the audit trail's entries (plain JDBC on the command's own
 * transaction) and bulk loads of reference data; user commands write their entities through JPA and
 * the mutation path.
 */
public final class BatchInsert implements AutoCloseable {

    private static final int ROWS = 200;

    private final Connection connection;
    private final String head;
    private final String tuple;
    private final String tail;
    private final List<Object[]> pending = new ArrayList<>(ROWS);
    private PreparedStatement full;
    private long written;

    /** @param sql a single-row {@code INSERT INTO t (a, b) VALUES (?, ?)} */
    public BatchInsert(Connection connection, String sql) {
        this(connection, sql, "");
    }

    /**
     * @param sql  a single-row {@code INSERT INTO t (a, b) VALUES (?, ?)}
     * @param tail what follows the rows of each statement, e.g. {@code ON DUPLICATE KEY UPDATE …}
     */
    public BatchInsert(Connection connection, String sql, String tail) {
        int values = sql.toUpperCase(Locale.ROOT).lastIndexOf("VALUES");
        if (values < 0) {
            throw new IllegalArgumentException("Not an INSERT … VALUES (…): " + sql);
        }
        this.connection = connection;
        this.head = sql.substring(0, values + "VALUES".length()) + " ";
        this.tuple = sql.substring(values + "VALUES".length()).trim();
        this.tail = tail;
    }

    public void add(Object... values) throws SQLException {
        pending.add(values.clone());
        if (pending.size() == ROWS) {
            if (full == null) {
                full = connection.prepareStatement(statement(ROWS));
            }
            execute(full);
        }
    }

    private String statement(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, tuple)) + tail;
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int position = 1;
        for (Object[] row : pending) {
            for (Object value : row) {
                statement.setObject(position++, value);
            }
        }
        statement.executeUpdate();
        written += pending.size();
        pending.clear();
    }

    public long written() {
        return written + pending.size();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(statement(pending.size()))) {
                    execute(rest);
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }
}
