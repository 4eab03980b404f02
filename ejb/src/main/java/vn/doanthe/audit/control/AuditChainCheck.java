package vn.doanthe.audit.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Recomputes the audit trail's hash chain from the database, in id order, and compares it with the
 * chain head: names the first entry whose content, previous hash or place does not match (an
 * edited entry names itself, a deleted one the entry after it, a deleted last entry the head's id).
 * Plain JDBC over one forward-only, streamed result set, in one consistent snapshot so that
 * entries appended meanwhile are not half seen.
 *
 * <p>Also a command the IT department runs without the application server (README):
 * {@code java -cp doanthe-ejb.jar:mariadb-java-client.jar vn.doanthe.audit.control.AuditChainCheck}
 * with {@code DOANTHE_DB_URL}, {@code DOANTHE_DB_USER}, {@code DOANTHE_DB_PASSWORD} set; it prints
 * the result and the chain head, and exits with 0 when intact, 1 when broken.
 */
public final class AuditChainCheck {

    /** The outcome: {@code firstBrokenId} is null when intact; {@code headHash} is the chain head. */
    public record Result(boolean intact, long checked, Long firstBrokenId, long headId, String headHash) {
    }

    private static final String HEAD = "SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1";
    private static final String ENTRIES = "SELECT " + AuditRecord.COLUMNS + ", prev_hash, hash FROM audit_entry ORDER BY id";
    private static final int FETCH = 10_000;

    private AuditChainCheck() {
    }

    public static Result verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return verifyInSnapshot(connection);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Result verifyInSnapshot(Connection connection) throws SQLException {
        long headId;
        String headHash;
        try (PreparedStatement head = connection.prepareStatement(HEAD); ResultSet row = head.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No audit chain head: is the schema at V5?");
            }
            headId = row.getLong(1);
            headHash = row.getString(2);
        }
        if (headHash == null) {
            // Nothing appended since the chain was introduced: nothing is chained yet.
            return new Result(true, 0, null, 0, null);
        }
        AuditChain chain = new AuditChain();
        String previous = AuditChain.GENESIS;
        long checked = 0;
        long lastId = 0;
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH);
            try (ResultSet row = statement.executeQuery(ENTRIES)) {
                while (row.next()) {
                    AuditRecord entry = AuditRecord.read(row);
                    long id = entry.id();
                    String stored = row.getString(AuditRecord.FIELDS + 2);
                    if (id > headId || !previous.equals(row.getString(AuditRecord.FIELDS + 1)) || !chain.hash(previous, entry).equals(stored)) {
                        return new Result(false, checked, id, headId, headHash);
                    }
                    previous = stored;
                    lastId = id;
                    checked++;
                }
            }
        }
        if (lastId != headId || !previous.equals(headHash)) {
            return new Result(false, checked, headId, headId, headHash);
        }
        return new Result(true, checked, null, headId, headHash);
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getenv("DOANTHE_DB_URL");
        if (url == null) {
            System.err.println("Set DOANTHE_DB_URL (jdbc:mariadb://host:3306/doanthe), DOANTHE_DB_USER and"
                    + " DOANTHE_DB_PASSWORD; an account with SELECT on audit_entry and audit_chain_head is enough.");
            System.exit(2);
        }
        long started = System.nanoTime();
        Result result;
        try (Connection connection = DriverManager.getConnection(url, System.getenv("DOANTHE_DB_USER"),
                System.getenv("DOANTHE_DB_PASSWORD"))) {
            result = verify(connection);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(result.intact()
                ? "intact: " + result.checked() + " entries in " + millis + " ms"
                : "BROKEN at entry " + result.firstBrokenId() + " (" + result.checked() + " entries intact before it)");
        System.out.println("head: " + result.headId() + " " + result.headHash());
        System.exit(result.intact() ? 0 : 1);
    }
}
