package vn.doanthe.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import vn.doanthe.audit.control.AuditChain;
import vn.doanthe.audit.control.AuditRecord;

/**
 * Appends generated entries to the audit trail, chained with the application's own {@link
 * AuditChain} after the current chain head, so that the verification finds them intact: three years
 * of a province's work, 300 officers whose activity falls off like a Zipf law (the busiest writes
 * about a sixth of all entries), nine in ten entries a change of a person, a membership or a period
 * (each entity always in the same hamlet of the demo province), one in ten a sign-in.
 *
 * <p>Written in tab-separated files of a million rows and loaded with {@code LOAD DATA LOCAL
 * INFILE}; the table's secondary indexes are dropped first and built again afterwards, each exactly
 * as the schema declared it (read from {@code information_schema}), because building an index from
 * sorted rows is many times faster than inserting ten million random keys into it through a small
 * buffer pool. Nothing else may append to the trail meanwhile: the benchmark's server is idle.
 */
final class AuditTrailGenerator {

    private static final Logger LOG = Logger.getLogger(AuditTrailGenerator.class.getName());
    private static final int CHUNK = 1_000_000;
    private static final int USERS = 300;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String COLUMNS = AuditRecord.COLUMNS + ", prev_hash, hash";
    private static final String[] FIELDS = {"phone", "address", "occupation", "education", "fullName", "status"};
    private static final String[] STREETS = {"Số 12, ấp Phú Hòa", "Tổ 3, ấp Tân Lập", "Số 45 đường Nguyễn Huệ",
            "Ấp Bình Thạnh, xã Long Phước", "Số 7, khóm 2", "Tổ 11, ấp Hòa Thuận"};
    private static final String[] OCCUPATIONS = {"Nông dân", "Giáo viên", "Công nhân", "Buôn bán", "Học sinh",
            "Cán bộ hưu trí", "Thợ may"};

    private final Connection db;
    private final Path work;
    private final Random random = new Random(5);
    private final double[] userWeights = new double[USERS];

    AuditTrailGenerator(Connection db, Path work) {
        this.db = db;
        this.work = work;
        double sum = 0;
        for (int i = 0; i < USERS; i++) {
            sum += 1.0 / (i + 1);
            userWeights[i] = sum;
        }
        for (int i = 0; i < USERS; i++) {
            userWeights[i] /= sum;
        }
    }

    /** The name of the busiest generated officer, and of one with a typical number of entries. */
    static String user(int rank) {
        return String.format("canbo%03d", rank);
    }

    private record Hamlet(long id, String subtree) {
    }

    /** Appends {@code count} entries; returns what it did, for the results. */
    String generate(long count) throws SQLException, IOException {
        long started = System.nanoTime();
        List<Hamlet> hamlets = hamlets();
        long headId;
        String previous;
        try (Statement query = db.createStatement();
             ResultSet head = query.executeQuery("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1")) {
            head.next();
            headId = head.getLong(1);
            previous = head.getString(2);
        }
        if (previous == null) {
            throw new IllegalStateException("The chain has no head yet: the server writes entries at its start");
        }
        Map<String, String> indexes = secondaryIndexes();
        for (String name : indexes.keySet()) {
            try (Statement drop = db.createStatement()) {
                drop.execute("ALTER TABLE audit_entry DROP INDEX " + name);
            }
        }
        Files.createDirectories(work);
        AuditChain chain = new AuditChain();
        LocalDateTime first = LocalDateTime.now(ZoneOffset.UTC).minusYears(3);
        long stepMillis = Math.max(1, 3L * 365 * 24 * 3600 * 1000 / count);
        long id = headId;
        String request = UUID.randomUUID().toString();
        long hashing = 0;
        long loading = 0;
        for (long done = 0; done < count; ) {
            long chunk = Math.min(CHUNK, count - done);
            Path file = work.resolve("audit_entry.tsv");
            long chunkStarted = System.nanoTime();
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (long i = 0; i < chunk; i++) {
                    id++;
                    if (random.nextInt(4) == 0) {
                        request = new UUID(random.nextLong(), random.nextLong()).toString();
                    }
                    AuditRecord entry = entry(id, AuditChain.stamp(first.plusNanos((done + i) * stepMillis * 1_000_000)),
                            request, hamlets);
                    String hash = chain.hash(previous, entry);
                    row(out, entry, previous, hash);
                    previous = hash;
                }
            }
            long loadStarted = System.nanoTime();
            hashing += loadStarted - chunkStarted;
            try (Statement load = db.createStatement()) {
                load.executeLargeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE audit_entry"
                        + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' (" + COLUMNS + ")");
            }
            loading += System.nanoTime() - loadStarted;
            Files.delete(file);
            done += chunk;
            long soFar = done;
            LOG.info(() -> String.format("Audit trail: %,d of %,d entries loaded", soFar, count));
        }
        try (PreparedStatement move = db.prepareStatement(
                "UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")) {
            move.setLong(1, id);
            move.setString(2, previous);
            move.executeUpdate();
        }
        long indexing = System.nanoTime();
        for (Map.Entry<String, String> index : indexes.entrySet()) {
            try (Statement add = db.createStatement()) {
                add.execute("ALTER TABLE audit_entry ADD KEY " + index.getKey() + " (" + index.getValue() + ")");
            }
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("ANALYZE TABLE audit_entry");
        }
        long end = System.nanoTime();
        return String.format("%,d entries generated and chained in %.0f s, loaded in %.0f s (LOAD DATA LOCAL INFILE,"
                        + " secondary indexes dropped), indexes %s built again in %.0f s; %.0f s in all",
                count, hashing / 1e9, loading / 1e9, indexes.keySet(), (end - indexing) / 1e9, (end - started) / 1e9);
    }

    private AuditRecord entry(long id, LocalDateTime at, String request, List<Hamlet> hamlets) {
        String username = user(userRank());
        String address = "10.0." + random.nextInt(8) + "." + (1 + random.nextInt(250));
        if (random.nextInt(10) == 0) {
            return new AuditRecord(id, at, username, address, request, "LOGIN", "UserAccount", null,
                    "{\"detail\":\"console\"}", null, null, null, null);
        }
        int kind = random.nextInt(10);
        String type = kind < 6 ? "Person" : kind < 9 ? "Membership" : "MembershipPeriod";
        long entityId = 1 + random.nextInt(kind < 6 ? 1_000_000 : 1_200_000);
        Hamlet hamlet = hamlets.get((int) (entityId % hamlets.size()));
        int action = random.nextInt(20);
        String verb = action < 6 ? "CREATE" : action < 19 ? "UPDATE" : "DELETE";
        String command = switch (type) {
            case "Person" -> verb.equals("CREATE") ? "Persons.register" : verb.equals("DELETE") ? "PersonalDataRequests.anonymise" : "Persons.correct";
            case "Membership" -> verb.equals("CREATE") ? "Memberships.enrol" : "Memberships.change";
            default -> "Memberships.change";
        };
        String reason = random.nextInt(20) == 0 ? "Cập nhật theo đơn của đoàn viên" : null;
        return new AuditRecord(id, at, username, address, request, verb, type, Long.toString(entityId), changes(),
                reason, command, hamlet.id(), hamlet.subtree());
    }

    private int userRank() {
        double p = random.nextDouble();
        int low = 0;
        int high = USERS - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (userWeights[middle] < p) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low + 1;
    }

    private String changes() {
        StringBuilder json = new StringBuilder("[");
        int fields = 1 + random.nextInt(4);
        for (int i = 0; i < fields; i++) {
            String field = FIELDS[(i + random.nextInt(FIELDS.length)) % FIELDS.length];
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"field\":\"").append(field).append("\",\"old\":\"").append(value(field))
                    .append("\",\"new\":\"").append(value(field)).append("\"}");
        }
        return json.append(']').toString();
    }

    private String value(String field) {
        return switch (field) {
            case "phone" -> "09" + (10_000_000 + random.nextInt(89_999_999));
            case "address" -> STREETS[random.nextInt(STREETS.length)];
            case "occupation", "education" -> OCCUPATIONS[random.nextInt(OCCUPATIONS.length)];
            case "status" -> random.nextBoolean() ? "ACTIVE" : "AWAY";
            default -> "Nguyễn Thị " + (char) ('A' + random.nextInt(26));
        };
    }

    private List<Hamlet> hamlets() throws SQLException {
        List<Hamlet> hamlets = new ArrayList<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(
                "SELECT id, path FROM admin_unit WHERE level = 'HAMLET' AND valid_to IS NULL ORDER BY id")) {
            while (row.next()) {
                hamlets.add(new Hamlet(row.getLong(1), row.getString(2) + row.getLong(1) + "/"));
            }
        }
        if (hamlets.isEmpty()) {
            throw new IllegalStateException("No hamlets: the benchmark runs with DOANTHE_DEMO=true");
        }
        return hamlets;
    }

    /** Each secondary index of audit_entry and its column list, as the schema declared it. */
    private Map<String, String> secondaryIndexes() throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery("""
                SELECT index_name, GROUP_CONCAT(CONCAT(column_name, IF(sub_part IS NULL, '', CONCAT('(', sub_part, ')')))
                       ORDER BY seq_in_index SEPARATOR ', ')
                  FROM information_schema.statistics
                 WHERE table_schema = DATABASE() AND table_name = 'audit_entry' AND index_name <> 'PRIMARY'
                 GROUP BY index_name ORDER BY index_name""")) {
            while (row.next()) {
                indexes.put(row.getString(1), row.getString(2));
            }
        }
        return indexes;
    }

    /** One tab-separated line; {@code \N} is NULL. The generated values hold no tab, newline or backslash. */
    private static void row(BufferedWriter out, AuditRecord e, String previous, String hash) throws IOException {
        out.write(Long.toString(e.id()));
        for (Object value : new Object[] {AT.format(e.at()), e.username(), e.clientAddress(), e.requestId(), e.action(),
                e.entityType(), e.entityId(), e.changes(), e.reason(), e.command(), e.unitId(), e.unitPath(), previous,
                hash}) {
            out.write('\t');
            out.write(value == null ? "\\N" : value.toString());
        }
        out.write('\n');
    }
}
