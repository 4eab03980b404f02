package vn.doanthe.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A start-up task that must run once even when several instances start at the same moment: the
 * task locks its row in {@code setup_step} for the rest of its transaction, so a second instance
 * waits, then sees it done.
 */
public final class SetupStep {

    private SetupStep() {
    }

    /** Locks the step and tells whether it still has to run. */
    public static boolean claim(Connection connection, String step) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT done_at FROM setup_step WHERE name = ? FOR UPDATE")) {
            lock.setString(1, step);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("Unknown setup step " + step);
                }
                return row.getTimestamp(1) == null;
            }
        }
    }

    public static void done(Connection connection, String step, String detail) throws SQLException {
        try (PreparedStatement done = connection.prepareStatement(
                "UPDATE setup_step SET done_at = CURRENT_TIMESTAMP(3), detail = ? WHERE name = ?")) {
            done.setString(1, detail);
            done.setString(2, step);
            done.executeUpdate();
        }
    }

    public static long maxId(Connection connection, String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM " + table);
             ResultSet row = max.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
