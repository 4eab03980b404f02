package vn.doanthe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.audit.boundary.AuditQuery;
import vn.doanthe.audit.boundary.ChainVerification;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;

/**
 * The audit trail benchmark (issue 5, "Scale and speed"), runnable alone with {@code
 * -Dit.test=AuditTrailBench} on its own data folder. The first step, on the client, appends
 * generated, chained entries ({@link AuditTrailGenerator}) until the trail holds {@code
 * bench.auditEntries}; the others run inside Payara Micro and call {@link AuditEntries} as the API
 * and the console do: a search by entity, by user and by commune (first page of 50 and the total),
 * beside the page and the count by hand; the verification of the whole chain; and persons written
 * one command each through the mutation path with the audit write and without it ({@link
 * AuditRecordTimer}). Results go to {@code bench/target/audit-bench-results.md}; no duration is
 * asserted.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditTrailBench {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);
    private static final int BUDGET_SECONDS = 30;
    private static final int WRITES = Integer.getInteger("bench.auditWrites", 2000);
    private static final String NEWEST_FIRST = " ORDER BY at DESC, id DESC";

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(AuditTrailBench.class, Deployments.class, Timings.class, AuditTrailGenerator.class,
                        MemberRegistryBench.class, MemberRegistryBench.Samples.class, MemberRegistryBench.Samples.Named.class,
                        ProvinceGenerator.class, VietnameseNames.class,
                        AuditRecordTimer.class, AuditRecordTimer.Timed.class, AuditRecordTimer.Timed.Literal.class,
                        AuditRecordTimer.TimingInterceptor.class, AuditRecordTimer.Binding.class)
                .addAsServiceProvider(Extension.class, AuditRecordTimer.Binding.class);
    }

    @Inject
    AuditEntries entries;

    @Inject
    Persons persons;

    @Test
    @Order(1)
    @RunAsClient
    void theTrailHoldsItsEntries() throws Exception {
        long wanted = Long.getLong("bench.auditEntries", 10_000_000L);
        String url = System.getenv("DOANTHE_DB_URL") + "?allowLocalInfile=true";
        try (Connection db = DriverManager.getConnection(url, System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"))) {
            long found = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM audit_entry");
            String loading = found >= wanted
                    ? "reused the entries generated earlier in " + System.getProperty("bench.dataDir")
                    : new AuditTrailGenerator(db, Path.of(System.getProperty("bench.work"))).generate(wanted - found);
            long entries = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM audit_entry");
            String header = String.format("""
                    # Audit trail benchmark

                    - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dit.test=AuditTrailBench \
                    -Dbench.dataDir=$PWD/bench/data/audit-%d -Dbench.auditEntries=%d`; load average before: %s
                    - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB %s with the \
                    Quick start's settings (buffer pool %s)
                    - data: %,d audit entries (%,d MB of table and indexes); %s
                    - times in milliseconds, p50 / p95 / max, measured inside the server

                    | path | goal | application | SQL: first page by hand | SQL: count by hand |
                    |---|---|---|---|---|
                    """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), wanted, wanted,
                    MemberRegistryBench.loadAverage(), Runtime.getRuntime().availableProcessors(),
                    MemberRegistryBench.memory(), System.getProperty("java.version"), System.getProperty("bench.heap"),
                    MemberRegistryBench.single(db, "SELECT VERSION()"),
                    MemberRegistryBench.megabytes(MemberRegistryBench.single(db, "SELECT @@innodb_buffer_pool_size")),
                    entries, MemberRegistryBench.count(db, "SELECT (data_length + index_length) DIV 1048576"
                            + " FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = 'audit_entry'"),
                    loading);
            Files.writeString(results(), header, StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(2)
    void searchByEntity() throws Exception {
        List<String[]> entities = new ArrayList<>();
        Random random = new Random(7);
        try (Connection db = pool().getConnection(); PreparedStatement pick = db.prepareStatement(
                "SELECT entity_type, entity_id FROM audit_entry WHERE id >= ? AND entity_id IS NOT NULL ORDER BY id LIMIT 1")) {
            long last = MemberRegistryBench.count(db, "SELECT MAX(id) FROM audit_entry");
            while (entities.size() < 100) {
                pick.setLong(1, 1 + random.nextLong(last));
                try (ResultSet row = pick.executeQuery()) {
                    if (row.next()) {
                        entities.add(new String[] {row.getString(1), row.getString(2)});
                    }
                }
            }
        }
        String where = " FROM audit_entry WHERE entity_type = ? AND entity_id = ?";
        Timings app = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            String[] e = entities.get(i % entities.size());
            search(new AuditQuery(e[0], e[1], null, null, null, null, null));
        });
        Timings page = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            String[] e = entities.get(i % entities.size());
            read("SELECT *" + where + NEWEST_FIRST + " LIMIT 50", (Object[]) e);
        });
        Timings count = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            String[] e = entities.get(i % entities.size());
            read("SELECT COUNT(*)" + where, (Object[]) e);
        });
        report("search by entity (type and id, e.g. Person " + entities.get(0)[1] + "): first page of 50 and the total",
                "< 1000", app, page, count);
    }

    @Test
    @Order(3)
    void searchByTheBusiestUser() throws Exception {
        byUser(AuditTrailGenerator.user(1));
    }

    @Test
    @Order(4)
    void searchByATypicalUser() throws Exception {
        byUser(AuditTrailGenerator.user(30));
    }

    private void byUser(String user) throws Exception {
        long total = search(new AuditQuery(null, null, user, null, null, null, null)).total();
        String where = " FROM audit_entry WHERE username = ?";
        Timings app = Timings.of(REPETITIONS, BUDGET_SECONDS,
                i -> search(new AuditQuery(null, null, user, null, null, null, null)));
        Timings page = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> read("SELECT *" + where + NEWEST_FIRST + " LIMIT 50", user));
        Timings count = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> read("SELECT COUNT(*)" + where, user));
        report(String.format("search by user (%s, %,d entries): first page of 50 and the total", user, total), "< 1000",
                app, page, count);
    }

    @Test
    @Order(5)
    void searchByCommune() throws Exception {
        String code;
        String subtree;
        try (Connection db = pool().getConnection(); PreparedStatement commune = db.prepareStatement("""
                SELECT c.code, CONCAT(c.path, c.id, '/') FROM admin_unit c
                 WHERE c.level = 'COMMUNE' AND c.valid_to IS NULL
                   AND EXISTS (SELECT 1 FROM admin_unit h WHERE h.parent_id = c.id AND h.level = 'HAMLET')
                 ORDER BY c.id LIMIT 1""");
             ResultSet row = commune.executeQuery()) {
            assertTrue(row.next(), "the demo province has communes with hamlets");
            code = row.getString(1);
            subtree = row.getString(2);
        }
        long total = search(new AuditQuery(null, null, null, null, null, null, code)).total();
        String where = " FROM audit_entry WHERE unit_path LIKE ?";
        Timings app = Timings.of(REPETITIONS, BUDGET_SECONDS,
                i -> search(new AuditQuery(null, null, null, null, null, null, code)));
        Timings page = Timings.of(REPETITIONS, BUDGET_SECONDS,
                i -> read("SELECT *" + where + NEWEST_FIRST + " LIMIT 50", subtree + "%"));
        Timings count = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> read("SELECT COUNT(*)" + where, subtree + "%"));
        report(String.format("search by commune (%s and its hamlets, %,d entries): first page of 50 and the total", code,
                total), "", app, page, count);
    }

    @Test
    @Order(6)
    void verifyTheWholeChain() throws Exception {
        long started = System.nanoTime();
        ChainVerification verification = MutationContext.asSystem(() -> entries.verify());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(verification.intact(), "the generated chain verifies: " + verification);
        line(String.format("%nVerification of the whole chain (`GET /audit/verify`, goal ≥ 200,000 entries/s): %,d entries"
                        + " intact in %.1f s, **%,.0f entries/s**.%n", verification.checked(), seconds,
                verification.checked() / seconds));
    }

    @Test
    @Order(7)
    void writesWithAndWithoutTheAuditTrail() throws Exception {
        List<String> hamlets = new ArrayList<>();
        try (Connection db = pool().getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT code FROM admin_unit WHERE level = 'HAMLET' AND valid_to IS NULL ORDER BY id LIMIT 50");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                hamlets.add(row.getString(1));
            }
        }
        register(hamlets, WRITES / 10, false); // warm-up
        long[] audited = new long[2];
        long[] skipped = new long[2];
        for (int round = 0; round < 4; round++) {
            boolean skip = round % 2 == 1;
            long started = System.nanoTime();
            register(hamlets, WRITES / 4, skip);
            long[] into = skip ? skipped : audited;
            into[0] += System.nanoTime() - started;
            into[1] += AuditRecordTimer.nanos();
        }
        int each = WRITES / 2;
        double with = audited[0] / 1e6 / each;
        double without = skipped[0] / 1e6 / each;
        line(String.format("""

                Writes through the mutation path (`Persons.register`, one command and transaction a person, %,d persons \
                each way, alternating rounds): with the audit trail **%.2f ms** a person, %.2f ms of it in \
                `AuditTrail.record` (its flush of the command's changes included); with the audit write skipped (the \
                benchmark's interceptor flushes and forgets the changes instead) **%.2f ms** a person, %.2f ms of it in \
                the flush. Auditing adds **%.0f %%**.
                """, each, with, audited[1] / 1e6 / each, without, skipped[1] / 1e6 / each, (with / without - 1) * 100));
        AuditRecordTimer.reset(false);
    }

    @Test
    @Order(100)
    @RunAsClient
    void printTheResults() throws IOException {
        Files.writeString(results(), "\nLoad average after: " + MemberRegistryBench.loadAverage()
                + " (2 cores; other builds may share the machine)\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String table = Files.readString(results(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertTrue(table.contains("Auditing adds"), "every path was measured");
    }

    private void register(List<String> hamlets, int count, boolean skip) {
        AuditRecordTimer.reset(skip);
        for (int i = 0; i < count; i++) {
            NewPerson person = new NewPerson("Nguyễn Thị Đo " + Integer.toString(i, 36), Gender.FEMALE,
                    LocalDate.of(1990, 1, 1).plusDays(i % 3000), null, null, null, null, null, null,
                    hamlets.get(i % hamlets.size()), null);
            MutationContext.asSystem(() -> persons.register(person));
        }
        assertEquals(count, AuditRecordTimer.calls(), "the interceptor saw every command");
    }

    private Page<?> search(AuditQuery query) {
        return MutationContext.asSystem(() -> entries.search(query, new PageRequest(0, 50)));
    }

    private static void report(String path, String goal, Timings app, Timings page, Timings count) throws IOException {
        line(String.format("| %s | %s | %s | %s | %s |%n", path, goal, app.cell() + runs(app), page.cell(), count.cell()));
    }

    private static void line(String text) throws IOException {
        System.out.print("BENCH " + text);
        Files.writeString(results(), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String runs(Timings timings) {
        return timings.count() < REPETITIONS ? " (" + timings.count() + " runs)" : "";
    }

    private static Path results() {
        return Path.of(System.getProperty("bench.results")).resolveSibling("audit-bench-results.md");
    }

    private static DataSource pool() throws Exception {
        return InitialContext.doLookup("jdbc/doanthe");
    }

    /** Runs a query and reads every row to the end, as a caller would. */
    private static void read(String sql, Object... parameters) throws Exception {
        MemberRegistryBench.Samples.readAll(pool(), sql, parameters);
    }
}
