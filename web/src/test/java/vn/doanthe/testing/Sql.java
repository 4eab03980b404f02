package vn.doanthe.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Hand-written SQL on the test database, to check the application's figures independently. */
public final class Sql {

    private Sql() {
    }

    /** Changes rows by hand, as an IT department would (to age a record, say); the number changed. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection db = connection(); PreparedStatement statement = prepared(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of every row. */
    public static List<Object> column(String sql, Object... parameters) throws SQLException {
        try (Connection db = connection(); PreparedStatement query = prepared(db, sql, parameters);
             ResultSet row = query.executeQuery()) {
            List<Object> values = new ArrayList<>();
            while (row.next()) {
                values.add(row.getObject(1));
            }
            return values;
        }
    }

    /** The first row's columns, or {@code null} when there is no row. */
    public static Object[] row(String sql, Object... parameters) throws SQLException {
        try (Connection db = connection(); PreparedStatement query = prepared(db, sql, parameters)) {
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

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"), System.getenv("DOANTHE_DB_USER"),
                System.getenv("DOANTHE_DB_PASSWORD"));
    }

    private static PreparedStatement prepared(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
