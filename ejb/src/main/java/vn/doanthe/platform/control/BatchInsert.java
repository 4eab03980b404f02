package vn.doanthe.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Inserts many rows through one prepared statement, sending them in batches. For bulk loads of
 * reference and generated data only; user commands go through JPA and the mutation path.
 */
public final class BatchInsert implements AutoCloseable {

    private static final int BATCH = 1000;

    private final PreparedStatement statement;
    private int pending;
    private long written;

    public BatchInsert(Connection connection, String sql) throws SQLException {
        this.statement = connection.prepareStatement(sql);
    }

    public void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            written += pending;
            pending = 0;
        }
    }

    public long written() {
        return written + pending;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
