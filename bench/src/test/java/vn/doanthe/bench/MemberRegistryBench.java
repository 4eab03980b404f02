package vn.doanthe.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import vn.doanthe.member.boundary.MemberCounts;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.member.boundary.CountedSlice;
import vn.doanthe.member.boundary.PersonCursor;
import vn.doanthe.member.boundary.PersonQuery;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.PersonSearch;
import vn.doanthe.platform.boundary.Page;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.boundary.Seek;
import vn.doanthe.platform.boundary.Slice;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;

/**
 * The member registry benchmark (issue 3, "Scale and speed"). The first step, on the client, loads
 * the generated province unless the kept data folder already holds it; the others run inside Payara
 * Micro, call the application's boundaries ({@link PersonSearch#search}, {@link MemberStatistics#members})
 * as the console and the API do, and time them beside hand-written SQL over the same data through the
 * same connection pool. Results go to {@code bench/target/bench-results.md}. Nothing here asserts a
 * duration: a figure that misses its goal is reported as it is.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MemberRegistryBench {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);
    private static final int BUDGET_SECONDS = 30;
    /**
     * The joins and where clause the application builds for a name search within a unit, written by
     * hand: one row of the word index per typed word (the last one a prefix), in the unit's hamlets.
     */
    private static final String NAME_IN_UNIT = """
             FROM person p JOIN admin_unit h ON h.id = p.hamlet_id
             JOIN person_word w0 ON w0.person_id = p.id JOIN person_word w1 ON w1.person_id = p.id
            WHERE w0.word = ? AND w0.hamlet_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE ?)
              AND w1.word LIKE ? AND w1.hamlet_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE ?)
              AND (h.id = ? OR h.path LIKE ?)""";
    private static final String ORDER = " ORDER BY p.given_name, p.family_name, p.middle_name, p.id";
    private static final String PERSON_COLUMNS = "SELECT p.id, p.full_name, p.gender, p.birth_date, p.national_id, p.phone, p.hamlet_id";
    private static final String COUNTED = """
             FROM membership_period p
             JOIN membership m ON m.id = p.membership_id
             JOIN org_unit u ON u.id = p.org_unit_id
             JOIN admin_unit a ON a.id = u.admin_unit_id
            WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?)
              AND p.status IN ('ACTIVE', 'AWAY', 'PAUSED')""";

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(MemberRegistryBench.class, Deployments.class, Timings.class, Samples.class,
                ProvinceGenerator.class, VietnameseNames.class);
    }

    @Inject
    PersonSearch registry;

    /** The person boundary called as the system (the benchmark signs in no user: the whole registry is in scope). */
    private final SystemCalls persons = new SystemCalls();

    private final class SystemCalls {

        Slice<PersonView> search(PersonQuery query, Seek seek) {
            return MutationContext.asSystem(() -> registry.search(query, seek));
        }

        Page<PersonView> search(PersonQuery query, PageRequest page) {
            return MutationContext.asSystem(() -> registry.search(query, page));
        }

        CountedSlice<PersonView> searchCounting(PersonQuery query, Seek seek) {
            return MutationContext.asSystem(() -> registry.searchCounting(query, seek));
        }

        long count(PersonQuery query) {
            return MutationContext.asSystem(() -> registry.count(query));
        }
    }

    @Inject
    MemberStatistics statistics;

    @Test
    @Order(1)
    @RunAsClient
    void theProvinceIsLoaded() throws Exception {
        int wanted = Integer.getInteger("bench.persons");
        String url = System.getenv("DOANTHE_DB_URL") + "?allowLocalInfile=true";
        try (Connection db = DriverManager.getConnection(url, System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"))) {
            long found = count(db, "SELECT COUNT(*) FROM person");
            String loading;
            if (found == 0) {
                loading = new ProvinceGenerator(db, Path.of(System.getProperty("bench.work")), VietnamTime.today()).generate(wanted);
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("ANALYZE TABLE person, person_word, membership, membership_period");
                }
            } else if (found == wanted) {
                loading = "reused the province generated earlier in " + System.getProperty("bench.dataDir");
            } else {
                fail("The data folder " + System.getProperty("bench.dataDir") + " holds " + found + " persons, not "
                        + wanted + ": delete it or name another with -Dbench.dataDir");
                return;
            }
            long persons = count(db, "SELECT COUNT(*) FROM person");
            long memberships = count(db, "SELECT COUNT(*) FROM membership");
            long periods = count(db, "SELECT COUNT(*) FROM membership_period");
            long hamlets = count(db, "SELECT COUNT(DISTINCT hamlet_id) FROM person");
            String header = String.format("""
                    # Member registry benchmark

                    - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dbench.persons=%d` (%d timed \
                    repetitions a path at most, %d s a path at most, after half as many warm-up runs, an application \
                    path first called for %d s to be compiled); load \
                    average before: %s
                    - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB %s with the \
                    Quick start's settings (buffer pool %s)
                    - data: %,d persons, %,d memberships, %,d membership periods, in %,d hamlets of the demo province \
                    (Vĩnh Long, code 86); %s
                    - times in milliseconds, p50 / p95 / max, measured inside the server: the application's boundary \
                    call (EJB, JPA, views) beside hand-written SQL through the same connection pool (plain JDBC, \
                    rows read to the end)

                    | path | goal | application | SQL: the same query by hand | SQL: the best plain query |
                    |---|---|---|---|---|
                    """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), wanted, REPETITIONS, BUDGET_SECONDS,
                    Timings.COMPILE_SECONDS,
                    loadAverage(),
                    Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                    System.getProperty("bench.heap"), single(db, "SELECT VERSION()"),
                    megabytes(single(db, "SELECT @@innodb_buffer_pool_size")), persons, memberships, periods, hamlets,
                    loading);
            Files.writeString(results(), header, StandardCharsets.UTF_8);
        }
    }

    /**
     * Generated rows bypass the mutation path, so their maintained counts are built the way an
     * administrator rebuilds them after changing periods in the database (the counts are then kept
     * by every command). Timed once, by the run that generated the data: it is what a merge of
     * communes costs too.
     */
    @Test
    @Order(2)
    void theCountsAreBuiltFromThePeriods() throws Exception {
        if (Samples.get().numbers("SELECT COUNT(*) FROM member_tally_change")[0] > 0) {
            return; // built by an earlier run on the same data (the notes of that run say how long it took)
        }
        long started = System.nanoTime();
        long rows = MutationContext.asSystem(() -> statistics.recount("benchmark: generated rows bypass the mutation path"));
        Files.writeString(notes(), String.format("- the maintained counts were built from the periods in %,d s"
                + " (%,d count changes)%n", (System.nanoTime() - started) / 1_000_000_000, rows), StandardCharsets.UTF_8);
    }

    @Test
    @Order(3)
    void searchByNameWithinACommune() throws Exception {
        Samples s = Samples.get();
        List<Samples.Named> names = s.names();
        Samples.Named first = names.get(0);
        assertArrayEquals(new long[] {persons.count(new PersonQuery(first.typed(), first.communeCode(), null, null))},
                s.numbers("SELECT COUNT(DISTINCT p.id)" + NAME_IN_UNIT, first.where()),
                "the hand-written SQL finds what the application finds");
        // As a new search does in the console and the API: the first page, and the total once.
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            persons.searchCounting(new PersonQuery(n.typed(), n.communeCode(), null, null), Seek.first(50));
        });
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            s.read("SELECT COUNT(DISTINCT p.id)" + NAME_IN_UNIT, n.where());
            s.read("SELECT DISTINCT p.id, p.full_name, p.gender, p.birth_date, p.national_id, p.phone, p.hamlet_id,"
                    + " p.given_name, p.family_name, p.middle_name" + NAME_IN_UNIT + ORDER + " LIMIT 50", n.where());
        });
        Timings best = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            s.read(PERSON_COLUMNS + " FROM person p JOIN admin_unit h ON h.id = p.hamlet_id"
                    + " WHERE p.name_key LIKE ? AND (h.id = ? OR h.path LIKE ?)" + ORDER + " LIMIT 50",
                    n.nameKey() + "%", n.communeId(), n.communeLike());
        });
        report("search a name without diacritics (given and family name, e.g. \"" + names.get(0).typed()
                + "\") within a commune, top 50", "p95 ≤ 30", app, byHand, best,
                "the same + count", "the full folded name as a prefix of the indexed `name_key`");
    }

    @Test
    @Order(4)
    void searchThatMatchesNothing() throws Exception {
        Samples s = Samples.get();
        List<Samples.Named> names = s.names();
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            persons.searchCounting(new PersonQuery("xqzw", n.communeCode(), null, null), Seek.first(50));
        });
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            s.read(PERSON_COLUMNS + " FROM person p JOIN admin_unit h ON h.id = p.hamlet_id"
                    + " JOIN person_word w0 ON w0.person_id = p.id"
                    + " WHERE w0.word LIKE ? AND w0.hamlet_id IN (SELECT u.id FROM admin_unit u WHERE u.path LIKE ?)"
                    + " AND (h.id = ? OR h.path LIKE ?)" + ORDER + " LIMIT 50",
                    "xqzw%", n.communeLike(), n.communeId(), n.communeLike());
        });
        Timings scan = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            s.read(PERSON_COLUMNS + " FROM person p JOIN admin_unit h ON h.id = p.hamlet_id"
                    + " WHERE CONCAT(' ', p.name_key) LIKE ? AND (h.id = ? OR h.path LIKE ?)" + ORDER + " LIMIT 50",
                    "% xqzw%", n.communeId(), n.communeLike());
        });
        report("search a word no name contains (\"xqzw\") within a commune (page and count)", "≤ 300", app, byHand, scan,
                "the word index, page without the count", "the former scan of `name_key`, page only");
    }

    @Test
    @Order(5)
    void searchByCitizenId() throws Exception {
        Samples s = Samples.get();
        List<Samples.Named> names = s.names();
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> persons.search(
                new PersonQuery(names.get(i % names.size()).nationalId(), null, null, null), new PageRequest(0, 50)));
        Timings best = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> s.read(
                PERSON_COLUMNS + " FROM person p WHERE p.national_id = ?", names.get(i % names.size()).nationalId()));
        report("search a CCCD in the whole registry", "", app, null, best, "", "unique index");
    }

    @Test
    @Order(6)
    void firstPageOfTheProvince() throws Exception {
        listPage(0, "member list of the province, first page of 50 by given name (keyset, without the count)");
    }

    @Test
    @Order(7)
    void deepPageOfTheProvince() throws Exception {
        Samples s = Samples.get();
        long offset = s.persons() / 2 / 50 * 50;
        listPage(offset, String.format("member list of the province, page %,d of 50 read after the row at %,d (keyset)",
                offset / 50 + 1, offset));
    }

    /** The page of the province's list that starts at {@code offset}, read by keyset as the console and API read it. */
    private void listPage(long offset, String path) throws Exception {
        Samples s = Samples.get();
        Object[] key = s.sortKeyBefore(offset);
        PersonQuery province = new PersonQuery(null, ProvinceGenerator.PROVINCE, null, null);
        Seek seek = key == null ? Seek.first(50)
                : Seek.after(new PersonCursor((String) key[0], (String) key[1], (String) key[2], (Long) key[3]).text(), 50);
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> persons.search(province, seek));
        String inProvince = " FROM person p JOIN admin_unit h ON h.id = p.hamlet_id WHERE (h.id = ? OR h.path LIKE ?)";
        String after = " AND (p.given_name > ? OR (p.given_name = ? AND p.family_name > ?)"
                + " OR (p.given_name = ? AND p.family_name = ? AND p.middle_name > ?)"
                + " OR (p.given_name = ? AND p.family_name = ? AND p.middle_name = ? AND p.id > ?))";
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            if (key == null) {
                s.read(PERSON_COLUMNS + inProvince + ORDER + " LIMIT 50", s.provinceId(), s.provinceLike());
            } else {
                s.read(PERSON_COLUMNS + inProvince + after + ORDER + " LIMIT 50", s.provinceId(), s.provinceLike(),
                        key[0], key[0], key[1], key[0], key[1], key[2], key[0], key[1], key[2], key[3]);
            }
        });
        Timings best = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            if (key == null) {
                s.read(PERSON_COLUMNS + " FROM person p" + ORDER + " LIMIT 50");
            } else {
                // The leading column's bound lets MariaDB read a range of the index instead of comparing every row.
                s.read(PERSON_COLUMNS + " FROM person p WHERE p.given_name >= ?"
                        + " AND (p.given_name, p.family_name, p.middle_name, p.id) > (?, ?, ?, ?)" + ORDER + " LIMIT 50",
                        key[0], key[0], key[1], key[2], key[3]);
            }
        });
        report(path, "≤ 50", app, byHand, best, "keyset through the territory join",
                "keyset on `ix_person_sort` (every person is in the province)");
    }

    @Test
    @Order(8)
    void countOfTheProvince() throws Exception {
        Samples s = Samples.get();
        PersonQuery province = new PersonQuery(null, ProvinceGenerator.PROVINCE, null, null);
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> persons.count(province));
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> s.read(
                "SELECT COUNT(*) FROM person p JOIN admin_unit h ON h.id = p.hamlet_id WHERE (h.id = ? OR h.path LIKE ?)",
                s.provinceId(), s.provinceLike()));
        Timings best = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> s.read("SELECT COUNT(*) FROM person"));
        report("the number of persons in the province's list (counted once per filter, not per page)", "", app, byHand,
                best, "the same join", "every person is in the province");
    }

    @Test
    @Order(9)
    void countsOfTheProvinceToday() throws Exception {
        provinceCounts(VietnamTime.today(), "≤ 50", "counts of the province today: per organisation, per status, per commune (persons once, memberships)");
    }

    @Test
    @Order(10)
    void countsOfTheProvinceAYearAgo() throws Exception {
        LocalDate day = VietnamTime.today().minusYears(1);
        provinceCounts(day, "≤ 500", "the same as of " + day + " (a year ago)");
    }

    private void provinceCounts(LocalDate day, String goal, String path) throws Exception {
        Samples s = Samples.get();
        Date on = Date.valueOf(day);
        boolean today = day.equals(VietnamTime.today());
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> counts(ProvinceGenerator.PROVINCE, today ? null : day));
        MemberCounts counts = counts(ProvinceGenerator.PROVINCE, today ? null : day);
        assertArrayEquals(new long[] {counts.memberships(), counts.persons()},
                s.numbers("SELECT COUNT(*), COUNT(DISTINCT m.person_id)" + COUNTED + " AND a.path LIKE ?", on, on, s.provinceLike()),
                "the hand-written SQL counts what the application counts");
        int child = s.provinceLike().length(); // the position after the province's prefix (its % dropped)
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> s.read(
                "SELECT m.organisation_id, SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?), '/', 1) AS commune,"
                        + " COUNT(*), COUNT(DISTINCT m.person_id)" + COUNTED + " AND a.path LIKE ? GROUP BY 1, 2 WITH ROLLUP",
                child, on, on, s.provinceLike()));
        Timings kept = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> keptCounts(s, s.provinceId(), day, today));
        report(path, goal, app, byHand, kept, "one scan of the periods: organisation × commune with roll-up, persons once",
                "the maintained counts of the province and its communes" + (today ? "" : ", minus the changes since"));
    }

    /** The maintained counts of a unit and the units directly below it, read by hand. */
    /** The application's counts, asked as the system (the benchmark signs nobody in). */
    private MemberCounts counts(String unitCode, LocalDate day) {
        return MutationContext.asSystem(() -> statistics.members(unitCode, day));
    }

    private static void keptCounts(Samples s, long unitId, LocalDate day, boolean today) throws SQLException {
        String units = "SELECT id FROM admin_unit WHERE id = ? OR parent_id = ?";
        s.read("SELECT admin_unit_id, organisation_id, status, members FROM member_tally WHERE admin_unit_id IN ("
                + units + ")", unitId, unitId);
        if (!today) {
            s.read("SELECT admin_unit_id, organisation_id, status, SUM(delta) FROM member_tally_change"
                    + " WHERE admin_unit_id IN (" + units + ") AND day > ? GROUP BY 1, 2, 3",
                    unitId, unitId, Date.valueOf(day));
        }
    }

    @Test
    @Order(11)
    void countsOfACommune() throws Exception {
        Samples s = Samples.get();
        List<Samples.Named> names = s.names();
        LocalDate day = VietnamTime.today();
        Samples.Named first = names.get(0);
        MemberCounts counts = counts(first.communeCode(), null);
        assertArrayEquals(new long[] {counts.memberships(), counts.persons()},
                s.numbers("SELECT COUNT(*), COUNT(DISTINCT m.person_id)" + COUNTED + " AND (a.id = ? OR a.path LIKE ?)",
                        Date.valueOf(day), Date.valueOf(day), first.communeId(), first.communeLike()),
                "the hand-written SQL counts what the application counts");
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> counts(names.get(i % names.size()).communeCode(), null));
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            Samples.Named n = names.get(i % names.size());
            s.read("SELECT m.organisation_id, COUNT(*), COUNT(DISTINCT m.person_id)" + COUNTED
                    + " AND (a.id = ? OR a.path LIKE ?) GROUP BY 1 WITH ROLLUP",
                    Date.valueOf(day), Date.valueOf(day), n.communeId(), n.communeLike());
        });
        Timings kept = Timings.of(REPETITIONS, BUDGET_SECONDS,
                i -> keptCounts(s, names.get(i % names.size()).communeId(), day, true));
        report("counts of a commune today: persons counted once, per organisation, status, hamlet", "≤ 100", app,
                byHand, kept, "one scan of the periods: persons once and per organisation",
                "the maintained counts of the commune and its hamlets");
    }

    @Test
    @Order(100)
    @RunAsClient
    void printTheResults() throws IOException {
        Files.writeString(results(), "\nLoad average after: " + loadAverage() + " (2 cores; other builds may share the machine)\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        if (Files.exists(notes())) {
            Files.writeString(results(), Files.readString(notes(), StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
        String table = Files.readString(results(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertEquals(true, table.contains("counts of a commune"), "every path was measured");
    }

    private static void report(String path, String goal, Timings app, Timings byHand, Timings best,
                               String byHandNote, String bestNote) throws IOException {
        String line = String.format("| %s | %s | %s | %s | %s |%n", path, goal, app.cell() + runs(app),
                byHand == null ? "—" : byHand.cell() + note(byHandNote),
                best == null ? "—" : best.cell() + note(bestNote));
        System.out.print("BENCH " + line);
        Files.writeString(results(), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String runs(Timings timings) {
        return timings.count() < REPETITIONS ? " (" + timings.count() + " runs)" : "";
    }

    private static String note(String note) {
        return note.isEmpty() ? "" : " (" + note + ")";
    }

    private static Path results() {
        return Path.of(System.getProperty("bench.results"));
    }

    /** Notes written inside the server, added under the table at the end. */
    private static Path notes() {
        Path results = results();
        return results.resolveSibling("bench-notes.md");
    }

    static long count(Connection db, String sql) throws SQLException {
        return Long.parseLong(single(db, sql));
    }

    static String single(Connection db, String sql) throws SQLException {
        try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shows in the figures. */
    static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static String megabytes(String bytes) {
        return Long.parseLong(bytes) / (1024 * 1024) + " MB";
    }

    static String memory() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB";
            }
        }
        return "memory unknown";
    }

    /**
     * What the timed calls look for, drawn once per server from the generated data with a fixed seed:
     * persons whose name is typed as users type it (given name, then family name, no diacritics), in
     * their commune; and the jdbc/doanthe pool for the hand-written SQL.
     */
    static final class Samples {

        private static Samples instance;

        record Named(String typed, String[] typedWords, String nameKey, String nationalId, String communeCode,
                     long communeId, String communeLike) {

            /** The parameters of {@link #NAME_IN_UNIT} for this name typed as given, then family name. */
            Object[] where() {
                return new Object[] {typedWords[0], communeLike, typedWords[1] + "%", communeLike, communeId, communeLike};
            }
        }

        private final DataSource pool;
        private final List<Named> names = new ArrayList<>();
        private final long provinceId;
        /** The LIKE pattern of every unit below the province: its path, its id, a slash, %. */
        private final String provinceLike;
        private final long persons;

        private Samples() throws Exception {
            pool = InitialContext.doLookup("jdbc/doanthe");
            try (Connection db = pool.getConnection()) {
                try (PreparedStatement province = db.prepareStatement(
                        "SELECT id, path FROM admin_unit WHERE code = ? AND valid_to IS NULL")) {
                    province.setString(1, ProvinceGenerator.PROVINCE);
                    try (ResultSet row = province.executeQuery()) {
                        row.next();
                        provinceId = row.getLong(1);
                        provinceLike = row.getString(2) + provinceId + "/%";
                    }
                }
                persons = count(db, "SELECT COUNT(*) FROM person");
                long first = count(db, "SELECT MIN(id) FROM person");
                Random random = new Random(42);
                try (PreparedStatement person = db.prepareStatement("""
                        SELECT p.given_name, p.family_name, p.name_key, p.national_id, c.code, c.id, c.path
                          FROM person p JOIN admin_unit h ON h.id = p.hamlet_id JOIN admin_unit c ON c.id = h.parent_id
                         WHERE p.id = ?""")) {
                    while (names.size() < 100) {
                        person.setLong(1, first + random.nextLong(persons));
                        try (ResultSet row = person.executeQuery()) {
                            if (row.next()) {
                                String given = vn.doanthe.platform.control.VietnameseText.fold(row.getString(1));
                                String family = vn.doanthe.platform.control.VietnameseText.fold(row.getString(2));
                                names.add(new Named(given + " " + family, new String[] {given, family}, row.getString(3),
                                        row.getString(4), row.getString(5), row.getLong(6), row.getString(7) + row.getLong(6) + "/%"));
                            }
                        }
                    }
                }
            }
        }

        static synchronized Samples get() throws Exception {
            if (instance == null) {
                instance = new Samples();
            }
            return instance;
        }

        List<Named> names() {
            return names;
        }

        long persons() {
            return persons;
        }

        long provinceId() {
            return provinceId;
        }

        String provinceLike() {
            return provinceLike;
        }

        /** The sort key of the person just before {@code offset} in the list's order, or null at the start. */
        Object[] sortKeyBefore(long offset) throws SQLException {
            if (offset == 0) {
                return null;
            }
            try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(
                    "SELECT p.given_name, p.family_name, p.middle_name, p.id FROM person p" + ORDER + " LIMIT 1 OFFSET " + (offset - 1));
                 ResultSet row = query.executeQuery()) {
                row.next();
                return new Object[] {row.getString(1), row.getString(2), row.getString(3), row.getLong(4)};
            }
        }

        /** The first row of a query, as numbers. */
        long[] numbers(String sql, Object... parameters) throws SQLException {
            try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    long[] numbers = new long[row.getMetaData().getColumnCount()];
                    for (int c = 0; c < numbers.length; c++) {
                        numbers[c] = row.getLong(c + 1);
                    }
                    return numbers;
                }
            }
        }

        /** Runs a query and reads every row to the end, as a caller would. */
        void read(String sql, Object... parameters) throws SQLException {
            readAll(pool, sql, parameters);
        }

        /** Runs a query on a connection of {@code pool} and reads every row to the end. */
        static void readAll(DataSource pool, String sql, Object... parameters) throws SQLException {
            try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = query.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            rows.getObject(c);
                        }
                    }
                }
            }
        }
    }
}
