package vn.doanthe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Hand-written SQL on the test database, to check the application's figures independently. */
public final class Sql {

    private Sql() {
    }

    /** Changes rows by hand, as an IT department would (to age a record, say); the number changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"),
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"));
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The first row's columns, or {@code null} when there is no row. */
    public static Object[] row(String sql, Object... parameters) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"),
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"));
             PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Object[] columns = new Object[row.getMetaData().getColumnCount()];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = row.getObject(i + 1);
                }
                return columns;
            }
        }
    }
}
