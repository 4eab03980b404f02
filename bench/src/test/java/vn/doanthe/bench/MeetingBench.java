package vn.doanthe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import vn.doanthe.meeting.boundary.Classifications;
import vn.doanthe.meeting.boundary.MeetingCalendars;
import vn.doanthe.meeting.boundary.MeetingStatistics;
import vn.doanthe.meeting.boundary.MeetingStats;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;

/**
 * The branch meetings benchmark (issue 17, "Scale"): five whole years of meetings of every branch
 * of the generated province written by SQL once per data folder — one a period of each branch's
 * cadence, one in ten missed, the roll called for a third of its members — and their kept figures
 * counted as the roll-call command counts them; then the province's figures by commune for a year
 * and a branch's year timed through the application beside the statement by hand, after the
 * province's figures are checked equal to hand-written SQL. Results go to
 * {@code bench/target/meeting-bench-results.md}; nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingBench {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);
    private static final int BUDGET_SECONDS = 30;
    private static final String VENUE = "Nhà văn hoá (benchmark)";

    /** One meeting a period of the branch's cadence over five whole years, one in ten missed. */
    private static final String MEETINGS = """
            INSERT INTO meeting (org_unit_id, admin_unit_id, type, held_on, venue, created_at, version)
            SELECT u.id, u.admin_unit_id, IF(MOD(s.seq, 6) = 0, 'THEMATIC', 'REGULAR'),
                   DATE_ADD(DATE_ADD(?, INTERVAL s.seq - 1 MONTH), INTERVAL MOD(u.id, 20) + 4 DAY), ?, NOW(3), 0
              FROM org_unit u JOIN meeting_rule r ON r.unit_type_id = u.unit_type_id
              JOIN admin_unit a ON a.id = u.admin_unit_id AND (a.id = ? OR a.path LIKE ?)
              JOIN seq_1_to_60 s ON MOD(s.seq - 1, CASE r.cadence WHEN 'MONTHLY' THEN 1 WHEN 'BIMONTHLY' THEN 2
                                        WHEN 'QUARTERLY' THEN 3 WHEN 'HALF_YEARLY' THEN 6 ELSE 12 END) = 0
             WHERE MOD(u.id + s.seq, 10) <> 0""";

    /** The roll called for a third of the members of the day: seven in ten present, two excused, one absent. */
    private static final String ROLL = """
            INSERT INTO meeting_attendance (meeting_id, person_id, state)
            SELECT DISTINCT mt.id, m.person_id, CASE WHEN MOD(m.person_id + mt.id, 10) < 7 THEN 'PRESENT'
                                                     WHEN MOD(m.person_id + mt.id, 10) < 9 THEN 'EXCUSED' ELSE 'ABSENT' END
              FROM meeting mt JOIN membership_period p ON p.org_unit_id = mt.org_unit_id AND p.valid_from <= mt.held_on
                   AND (p.valid_to IS NULL OR p.valid_to >= mt.held_on) AND p.status IN ('ACTIVE', 'AWAY')
              JOIN membership m ON m.id = p.membership_id
             WHERE mt.venue = ? AND MOD(m.person_id, 3) = 0""";

    /** What the roll-call command keeps on each meeting (MeetingFigures), for the meetings written by SQL. */
    private static final String KEPT = """
            UPDATE meeting mt SET roll_taken_at = NOW(3),
              expected = (SELECT COUNT(*) FROM membership_period p WHERE p.status = 'ACTIVE' AND %1$s),
              present = (SELECT COUNT(*) FROM meeting_attendance a JOIN membership m ON m.person_id = a.person_id
                           JOIN membership_period p ON p.membership_id = m.id
                          WHERE a.meeting_id = mt.id AND a.state = 'PRESENT' AND p.status = 'ACTIVE' AND %1$s),
              excused = (SELECT COUNT(*) FROM meeting_attendance a JOIN membership m ON m.person_id = a.person_id
                           JOIN membership_period p ON p.membership_id = m.id
                          WHERE a.meeting_id = mt.id AND a.state = 'EXCUSED' AND p.status = 'ACTIVE' AND %1$s),
              away = (SELECT COUNT(*) FROM membership_period p WHERE p.status = 'AWAY' AND %1$s),
              away_present = (SELECT COUNT(*) FROM meeting_attendance a JOIN membership m ON m.person_id = a.person_id
                                JOIN membership_period p ON p.membership_id = m.id
                               WHERE a.meeting_id = mt.id AND a.state = 'PRESENT' AND p.status = 'AWAY' AND %1$s)
             WHERE mt.venue = ?""".formatted("""
            p.org_unit_id = mt.org_unit_id AND p.valid_from <= mt.held_on AND (p.valid_to IS NULL OR p.valid_to >= mt.held_on)""");

    /** The province's figures by commune by hand, from the figures each meeting keeps: meetings kept by month and rates. */
    /** Each branch's years summed from its meetings, as V37 and every meeting command do. */
    private static final String YEARS = """
            INSERT INTO branch_meeting_year (org_unit_id, year, kept_months, rate_sum, rated, dues)
            SELECT m.org_unit_id, YEAR(m.held_on), BIT_OR(IF(m.type IN ('REGULAR', 'THEMATIC'), 1 << (MONTH(m.held_on) - 1), 0)),
                   COALESCE(SUM(CASE WHEN m.roll_taken_at IS NOT NULL AND m.expected > 0 THEN m.present / m.expected END), 0),
                   SUM(m.roll_taken_at IS NOT NULL AND m.expected > 0), COALESCE(SUM(m.dues_collected), 0)
              FROM meeting m GROUP BY m.org_unit_id, YEAR(m.held_on)""";

    /** The branches of the province with their rules and the year their meetings sum to, by commune. */
    private static final String BY_HAND = """
            SELECT SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?), '/', 1), u.id, r.cadence, r.min_attendance,
                   u.established_on, u.closed_on, y.kept_months, y.rate_sum, y.rated, y.dues
              FROM org_unit u JOIN meeting_rule r ON r.unit_type_id = u.unit_type_id
              JOIN admin_unit a ON a.id = u.admin_unit_id
              LEFT JOIN branch_meeting_year y ON y.org_unit_id = u.id AND y.year = YEAR(?)
             WHERE (a.id = ? OR a.path LIKE ?) AND (u.closed_on IS NULL OR u.closed_on >= ?)
               AND (u.established_on IS NULL OR u.established_on <= ?)""";

    /** The province's mean attendance counted from the roll lines and membership periods. */
    private static final String COUNTED = """
            SELECT AVG(x.present / x.expected) FROM (
              SELECT mt.id, (SELECT COUNT(*) FROM membership_period p WHERE p.status = 'ACTIVE' AND p.org_unit_id = mt.org_unit_id
                               AND p.valid_from <= mt.held_on AND (p.valid_to IS NULL OR p.valid_to >= mt.held_on)) AS expected,
                     (SELECT COUNT(*) FROM meeting_attendance a JOIN membership m ON m.person_id = a.person_id
                        JOIN membership_period p ON p.membership_id = m.id AND p.org_unit_id = mt.org_unit_id
                             AND p.status = 'ACTIVE' AND p.valid_from <= mt.held_on AND (p.valid_to IS NULL OR p.valid_to >= mt.held_on)
                       WHERE a.meeting_id = mt.id AND a.state = 'PRESENT') AS present
                FROM meeting mt JOIN admin_unit a ON a.id = mt.admin_unit_id
               WHERE (a.id = ? OR a.path LIKE ?) AND YEAR(mt.held_on) = ? AND mt.roll_taken_at IS NOT NULL) x
             WHERE x.expected > 0""";

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(MeetingBench.class, Deployments.class, Timings.class, MemberRegistryBench.class,
                MemberRegistryBench.Samples.class, MemberRegistryBench.Samples.Named.class, ProvinceGenerator.class,
                VietnameseNames.class);
    }

    @Inject
    MeetingStatistics statistics;

    @Inject
    Meetings meetings;

    @Inject
    MeetingCalendars calendars;

    @Inject
    Classifications classifications;

    @Test
    @Order(1)
    @RunAsClient
    void theProvinceIsThere() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"), System.getenv("DOANTHE_DB_USER"),
                System.getenv("DOANTHE_DB_PASSWORD"))) {
            long persons = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM person");
            assertEquals(Long.getLong("bench.persons", 1_000_000L), persons, "the province is generated first:"
                    + " run MemberRegistryBench#theProvinceIsLoaded+theCountsAreBuiltFromThePeriods on the same -Dbench.dataDir");
            Files.writeString(results(), String.format("""
                    # Branch meetings benchmark

                    - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dit.test=MeetingBench`; load average before: %s
                    - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB %s (buffer pool %s)
                    - data: %,d persons, %,d membership periods
                    - times in milliseconds, p50 / p95 / max, measured inside the server

                    """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), MemberRegistryBench.loadAverage(),
                    Runtime.getRuntime().availableProcessors(), MemberRegistryBench.memory(), System.getProperty("java.version"),
                    System.getProperty("bench.heap"), MemberRegistryBench.single(db, "SELECT VERSION()"),
                    MemberRegistryBench.megabytes(MemberRegistryBench.single(db, "SELECT @@innodb_buffer_pool_size")),
                    persons, MemberRegistryBench.count(db, "SELECT COUNT(*) FROM membership_period")), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(2)
    void fiveYearsOfMeetingsAreWrittenOnce() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        int first = VietnamTime.today().getYear() - 5;
        try (Connection db = pool.getConnection()) {
            if (Boolean.getBoolean("bench.meetings.rewrite")) {
                update(db, "DELETE a FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.venue = ?", VENUE);
                update(db, "DELETE FROM meeting WHERE venue = ?", VENUE);
            }
            long written = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM meeting WHERE venue = '" + VENUE + "'");
            String note;
            if (written == 0) {
                long started = System.nanoTime();
                String[] province = province(db);
                long meetingsWritten = update(db, MEETINGS, java.sql.Date.valueOf(first + "-01-01"), VENUE, province[0],
                        province[1] + "%");
                long lines = update(db, ROLL, VENUE);
                update(db, KEPT, VENUE);
                update(db, "DELETE FROM branch_meeting_year");
                update(db, YEARS);
                note = String.format("written now by SQL in %,.0f s: %,d meetings, %,d roll-call lines, their kept figures"
                        + " counted, each branch's years summed", (System.nanoTime() - started) / 1e9, meetingsWritten, lines);
            } else {
                note = "written by an earlier run on this data folder";
            }
            Files.writeString(results(), String.format("Meetings of %d–%d (%s): %,d meetings, %,d roll-call lines.%n%n"
                            + "| path | goal | application | SQL: the same statement by hand |%n|---|---|---|---|%n",
                    first, first + 4, note, MemberRegistryBench.count(db, "SELECT COUNT(*) FROM meeting"),
                    MemberRegistryBench.count(db, "SELECT COUNT(*) FROM meeting_attendance")), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        }
    }

    @Test
    @Order(3)
    void theProvincesFiguresByCommuneForAYear() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        int year = VietnamTime.today().getYear() - 1;
        String[] province;
        int from;
        BigDecimal counted;
        try (Connection db = pool.getConnection()) {
            province = province(db);
            from = Integer.parseInt(MemberRegistryBench.single(db, "SELECT LENGTH('" + province[1] + "') + 1"));
            counted = mean(db, COUNTED, province[0], province[1] + "%", year);
        }
        MeetingStats stats = MutationContext.asSystem(() -> statistics.of(ProvinceGenerator.PROVINCE, null, year));
        // Each rate is rounded to four decimals before the mean, on both sides; the means may differ in the last digit.
        assertEquals(counted.doubleValue(), stats.averageAttendance().doubleValue(), 0.0001, "the province's mean"
                + " attendance: the application and the SQL counted from the roll lines and membership periods");
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> statistics.of(ProvinceGenerator.PROVINCE, null, year)));
        java.sql.Date first = java.sql.Date.valueOf(year + "-01-01");
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> MemberRegistryBench.Samples.readAll(pool, BY_HAND,
                from, first, Long.parseLong(province[0]), province[1] + "%", first, java.sql.Date.valueOf(year + "-12-31")));
        report(String.format("the province's meeting figures by commune for %d (%,d branches, %,d meetings expected, %,d held,"
                        + " mean attendance %s; %d communes)", year, stats.branches(), stats.expected(), stats.held(),
                stats.averageAttendance(), stats.children().size()), "p95 ≤ 200", app, byHand,
                "the branches with their rules and the sums of their year (V37), by commune");
        Timings missing = Timings.ofApplication(20, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> statistics.missing(ProvinceGenerator.PROVINCE, null, year)));
        int behind = MutationContext.asSystem(() -> statistics.missing(ProvinceGenerator.PROVINCE, null, year)).size();
        report(String.format("the province's branches that missed a period in %d (%,d branches), with the day each last met",
                year, behind), "", missing, null, "");
    }

    @Test
    @Order(4)
    void aBranchsYear() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        int year = VietnamTime.today().getYear() - 1;
        long branch;
        String commune;
        try (Connection db = pool.getConnection()) {
            branch = Long.parseLong(MemberRegistryBench.single(db, "SELECT org_unit_id FROM meeting WHERE venue = '" + VENUE
                    + "' GROUP BY org_unit_id ORDER BY COUNT(*) DESC, org_unit_id LIMIT 1"));
            commune = MemberRegistryBench.single(db, "SELECT c.code FROM org_unit u JOIN admin_unit h ON h.id = u.admin_unit_id"
                    + " JOIN admin_unit c ON c.id = IF(h.level = 'HAMLET', h.parent_id, h.id) WHERE u.id = " + branch);
        }
        Timings year1 = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> meetings.ofUnit(branch, year)));
        int held = MutationContext.asSystem(() -> meetings.ofUnit(branch, year)).size();
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> MemberRegistryBench.Samples.readAll(pool,
                "SELECT * FROM meeting WHERE org_unit_id = ? AND held_on BETWEEN ? AND ? ORDER BY held_on DESC, id DESC",
                branch, java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf(year + "-12-31")));
        report(String.format("a branch's year (%d meetings of a monthly branch, with their attendance)", held), "p95 ≤ 20",
                year1, byHand, "");
        Timings calendar = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> calendars.of(branch, year)));
        report("the branch's calendar of the year", "", calendar, null, "");
        Timings classified = Timings.ofApplication(20, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> classifications.of(commune, null, year)));
        int branches = MutationContext.asSystem(() -> classifications.of(commune, null, year)).items().size();
        report(String.format("the classification list of the branch's commune (%d branches, figures and suggested grades)",
                branches), "", classified, null, "");
    }

    @Test
    @Order(100)
    @RunAsClient
    void printTheResults() throws IOException {
        Files.writeString(results(), "\nLoad average after: " + MemberRegistryBench.loadAverage() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String table = Files.readString(results(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertEquals(true, table.contains("classification list"), "every path was measured");
    }

    /** The province's id and its subtree path. */
    private static String[] province(Connection db) throws Exception {
        String id = MemberRegistryBench.single(db, "SELECT id FROM admin_unit WHERE code = '" + ProvinceGenerator.PROVINCE
                + "' AND valid_to IS NULL");
        String below = MemberRegistryBench.single(db, "SELECT CONCAT(path, id, '/') FROM admin_unit WHERE id = " + id);
        return new String[] {id, below};
    }

    private static BigDecimal mean(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                BigDecimal mean = row.getBigDecimal(1);
                return mean == null ? null : mean.setScale(4, RoundingMode.HALF_UP);
            }
        }
    }

    private static int update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static void report(String path, String goal, Timings app, Timings byHand, String byHandNote) throws IOException {
        String line = String.format("| %s | %s | %s | %s |%n", path, goal,
                app.cell() + (app.count() < REPETITIONS && app.count() > 1 ? " (" + app.count() + " runs)" : ""),
                byHand == null ? "—" : byHand.cell() + (byHandNote.isEmpty() ? "" : " (" + byHandNote + ")"));
        System.out.print("BENCH " + line);
        Files.writeString(results(), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path results() {
        return Path.of(System.getProperty("bench.results")).resolveSibling("meeting-bench-results.md");
    }
}
