package vn.doanthe.audit.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Recomputes the audit trail's hash chain from the database, in id order, and compares it with the
 * chain head: names the first entry whose content, previous hash or place does not match (an
 * edited entry names itself, a deleted one the entry after it, a deleted last entry the head's id).
 * Plain JDBC over one forward-only, streamed result set, in one consistent snapshot so that
 * entries appended meanwhile are not half seen; the columns are hashed as the bytes stored, on
 * other threads while this one reads on.
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
    private static final String ENTRIES = "SELECT " + StoredEntry.COLUMNS + " FROM audit_entry ORDER BY id";
    private static final int FETCH = 10_000;
    /** Entries hashed per task, and how many tasks may wait: bounds the memory to some megabytes. */
    private static final int BATCH = 2_000;
    private static final int IN_FLIGHT = 8;

    private AuditChainCheck() {
    }

    /** Verifies, hashing on the common pool's threads (the command, tests and benchmarks). */
    public static Result verify(Connection connection) throws SQLException {
        return verify(connection, ForkJoinPool.commonPool());
    }

    /**
     * Verifies in one consistent snapshot of {@code connection}; the hashes are computed on
     * {@code hashing}'s threads while this one reads the next entries (each entry is hashed over
     * the previous hash it stores; this thread checks, in order, that it is the hash before it).
     */
    public static Result verify(Connection connection, Executor hashing) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return verifyInSnapshot(connection, hashing);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static Result verifyInSnapshot(Connection connection, Executor hashing) throws SQLException {
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
        Hashing pending = new Hashing(hashing);
        byte[] previous = AuditChain.GENESIS.getBytes(StandardCharsets.US_ASCII);
        long checked = 0;
        long lastId = 0;
        Long linkBroken = null;
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(FETCH);
            try (ResultSet row = statement.executeQuery(ENTRIES)) {
                while (row.next()) {
                    StoredEntry entry = StoredEntry.read(row);
                    if (entry.id() > headId || !Arrays.equals(previous, entry.previousHash())) {
                        linkBroken = entry.id();
                        break;
                    }
                    if (pending.add(entry, checked)) {
                        break; // an earlier entry's hash does not match: it is the first broken one
                    }
                    previous = entry.hash();
                    lastId = entry.id();
                    checked++;
                }
            }
        }
        Broken mismatch = pending.settleAll();
        if (mismatch != null) {
            return new Result(false, mismatch.before(), mismatch.id(), headId, headHash);
        }
        if (linkBroken != null) {
            return new Result(false, checked, linkBroken, headId, headHash);
        }
        if (lastId != headId || !Arrays.equals(previous, headHash.getBytes(StandardCharsets.US_ASCII))) {
            return new Result(false, checked, headId, headId, headHash);
        }
        return new Result(true, checked, null, headId, headHash);
    }

    /** The first entry whose hash does not match, and how many entries came before it. */
    private record Broken(long id, long before) {
    }

    /** Batches of entries being hashed, oldest first. */
    private static final class Hashing {
        private final Executor executor;
        private final Deque<CompletableFuture<Broken>> inFlight = new ArrayDeque<>();
        private List<StoredEntry> batch = new ArrayList<>(BATCH);
        private long batchStart;
        private Broken found;

        Hashing(Executor executor) {
            this.executor = executor;
        }

        /** Queues {@code entry} (the {@code before}-th); true once a hash is known not to match. */
        boolean add(StoredEntry entry, long before) {
            if (batch.isEmpty()) {
                batchStart = before;
            }
            batch.add(entry);
            if (batch.size() == BATCH) {
                submit();
                if (inFlight.size() > IN_FLIGHT) {
                    settle(inFlight.removeFirst());
                }
            }
            return found != null;
        }

        Broken settleAll() {
            if (found == null && !batch.isEmpty()) {
                submit();
            }
            while (!inFlight.isEmpty() && found == null) {
                settle(inFlight.removeFirst());
            }
            return found;
        }

        private void submit() {
            List<StoredEntry> entries = batch;
            long start = batchStart;
            inFlight.addLast(CompletableFuture.supplyAsync(() -> firstMismatch(entries, start), executor));
            batch = new ArrayList<>(BATCH);
        }

        private void settle(CompletableFuture<Broken> oldest) {
            Broken broken = oldest.join();
            if (broken != null && found == null) {
                found = broken;
            }
        }

        private static Broken firstMismatch(List<StoredEntry> entries, long start) {
            AuditChain chain = new AuditChain();
            for (int i = 0; i < entries.size(); i++) {
                if (!chain.matches(entries.get(i))) {
                    return new Broken(entries.get(i).id(), start + i);
                }
            }
            return null;
        }
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
