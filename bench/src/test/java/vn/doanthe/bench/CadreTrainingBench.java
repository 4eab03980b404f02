package vn.doanthe.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import vn.doanthe.cadre.boundary.CadreAgeReport;
import vn.doanthe.cadre.boundary.CadreAges;
import vn.doanthe.cadre.boundary.Succession;
import vn.doanthe.cadre.boundary.SuccessionItem;
import vn.doanthe.cadre.boundary.SuccessionQuery;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;
import vn.doanthe.training.boundary.Coverage;
import vn.doanthe.training.boundary.CoverageQuery;
import vn.doanthe.training.boundary.TrainingCoverage;

/**
 * The cadres and training benchmark (issue 15, "Scale"): on the generated province of a million
 * persons, its cadres and five years of courses ({@link CadreGenerator}, written once into the kept
 * data folder), the succession report of the whole province and its training coverage by commune,
 * each timed through the application's boundary beside hand-written SQL over the same connection
 * pool, after the application's figures are checked equal to the SQL's. Results go to
 * {@code bench/target/cadre-bench-results.md}; nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CadreTrainingBench {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);
    private static final int BUDGET_SECONDS = 30;

    /** Units of the province that have a head post, open on the day (the report's first projection, sorted by the application). */
    private static final String UNITS = """
            SELECT u.id, u.name AS unit_name, a.id AS place_id, a.name AS place_name, a.level, a.parent_id,
                   a.code AS place_code, a.path, o.code AS organisation, o.sort_order
              FROM org_unit u JOIN admin_unit a ON a.id = u.admin_unit_id JOIN organisation o ON o.id = u.organisation_id
             WHERE (u.closed_on IS NULL OR u.closed_on >= ?) AND (u.established_on IS NULL OR u.established_on <= ?)
               AND u.unit_type_id IN (SELECT unit_type_id FROM post_type WHERE post_rank = 'HEAD' AND active)
               AND (a.id = ? OR a.path LIKE ?)""";

    /** The names of the communes of the hamlets among the units (%s: the hamlets' parents' ids). */
    private static final String COMMUNES = "SELECT id, name FROM admin_unit WHERE id IN (%s)";

    /** Heads and deputies holding their post on the day in the units found (the second projection; %s: their ids). */
    private static final String LEADERS = """
            SELECT h.org_unit_id, h.post_type_id, h.person_id, h.holder_born_on, h.held_from, h.mode, h.term_ends_on, h.id
              FROM post_holding h
             WHERE h.org_unit_id IN (%s) AND h.post_type_id IN (SELECT id FROM post_type WHERE post_rank IN ('HEAD', 'DEPUTY'))
               AND h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?)""";

    /** The report's four reasons counted in one statement (ages 60 and 45, six months either way). */
    private static final String REASONS = """
            WITH units AS (
                SELECT u.id FROM org_unit u JOIN admin_unit a ON a.id = u.admin_unit_id
                 WHERE (u.closed_on IS NULL OR u.closed_on >= ?1) AND (u.established_on IS NULL OR u.established_on <= ?1)
                   AND EXISTS (SELECT 1 FROM post_type t WHERE t.unit_type_id = u.unit_type_id AND t.post_rank = 'HEAD' AND t.active)
                   AND (a.id = ?2 OR a.path LIKE ?3)),
            held AS (
                SELECT h.org_unit_id, t.post_rank, h.held_from, h.mode, h.term_ends_on,
                       TIMESTAMPDIFF(YEAR, p.birth_date, ?1) AS age,
                       ROW_NUMBER() OVER (PARTITION BY h.org_unit_id, t.post_rank ORDER BY h.held_from, h.id) AS n
                  FROM post_holding h JOIN post_type t ON t.id = h.post_type_id JOIN person p ON p.id = h.person_id
                 WHERE h.held_from <= ?1 AND (h.held_to IS NULL OR h.held_to >= ?1) AND t.post_rank IN ('HEAD', 'DEPUTY')),
            youngest AS (SELECT org_unit_id, MIN(age) AS age FROM held WHERE post_rank = 'DEPUTY' GROUP BY org_unit_id)
            SELECT SUM(hd.org_unit_id IS NULL),
                   SUM(hd.age >= 60 AND (y.age IS NULL OR y.age >= 45)),
                   SUM(hd.mode = 'ACTING' AND hd.held_from <= ?1 - INTERVAL 6 MONTH),
                   SUM(hd.term_ends_on <= ?1 + INTERVAL 6 MONTH)
              FROM units u LEFT JOIN held hd ON hd.org_unit_id = u.id AND hd.post_rank = 'HEAD' AND hd.n = 1
              LEFT JOIN youngest y ON y.org_unit_id = u.id""";

    /** Holders on the day in the province and those of them trained that year, in total and by commune. */
    private static final String COVERAGE = """
            SELECT %s COUNT(DISTINCT h.person_id),
                   COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM enrolment e JOIN course c ON c.id = e.course_id
                        JOIN course_target_post t ON t.course_id = c.id AND t.post_type_id = h.post_type_id
                        WHERE e.person_id = h.person_id AND e.completed AND c.ends_on BETWEEN ? AND ?) THEN h.person_id END)
              FROM post_holding h JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
             WHERE h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?) AND (a.id = ? OR a.path LIKE ?) %s""";

    /** The same figures from the completions the result command keeps (V23), as the application reads them. */
    private static final String COVERAGE_KEPT = """
            SELECT %s COUNT(DISTINCT h.person_id),
                   COUNT(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM training_completion k WHERE k.person_id = h.person_id
                        AND k.post_type_id = h.post_type_id AND k.completed_year BETWEEN YEAR(?) AND YEAR(?)) THEN h.person_id END)
              FROM post_holding h JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
             WHERE h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?) AND (a.id = ? OR a.path LIKE ?) %s""";

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(CadreTrainingBench.class, Deployments.class, Timings.class, CadreGenerator.class,
                MemberRegistryBench.class, MemberRegistryBench.Samples.class, MemberRegistryBench.Samples.Named.class,
                ProvinceGenerator.class, VietnameseNames.class);
    }

    @Inject
    Succession succession;

    @Inject
    TrainingCoverage coverage;

    @Inject
    CadreAgeReport ageReport;

    @Test
    @Order(1)
    @RunAsClient
    void theProvinceHasItsCadresAndCourses() throws Exception {
        String url = System.getenv("DOANTHE_DB_URL");
        try (Connection db = DriverManager.getConnection(url, System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"))) {
            long persons = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM person");
            assertEquals(Long.getLong("bench.persons", 1_000_000L), persons, "the province is generated first:"
                    + " run MemberRegistryBench#theProvinceIsLoaded+theCountsAreBuiltFromThePeriods on the same -Dbench.dataDir");
            if (Boolean.getBoolean("bench.regenerateCadres")) {
                try (Statement delete = db.createStatement()) {
                    for (String table : List.of("training_completion", "enrolment", "course_topic",
                            "course_target_post", "course", "post_holding")) {
                        delete.executeUpdate("DELETE FROM " + table);
                    }
                }
            }
            String loading = MemberRegistryBench.count(db, "SELECT COUNT(*) FROM post_holding") > 0
                    ? "reused the cadres and courses generated earlier in " + System.getProperty("bench.dataDir")
                    : new CadreGenerator(db, VietnamTime.today()).generate();
            String header = String.format("""
                    # Cadres and training benchmark

                    - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dit.test=CadreTrainingBench`; load \
                    average before: %s
                    - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB %s (buffer pool %s)
                    - data: %,d persons; %,d post holdings (%,d held today) in %,d units; %,d courses, %,d enrolments; %s
                    - times in milliseconds, p50 / p95 / max, measured inside the server

                    | path | goal | application | SQL: the same query by hand | SQL: the best plain query |
                    |---|---|---|---|---|
                    """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), MemberRegistryBench.loadAverage(),
                    Runtime.getRuntime().availableProcessors(), MemberRegistryBench.memory(),
                    System.getProperty("java.version"), System.getProperty("bench.heap"),
                    MemberRegistryBench.single(db, "SELECT VERSION()"),
                    MemberRegistryBench.megabytes(MemberRegistryBench.single(db, "SELECT @@innodb_buffer_pool_size")),
                    persons, MemberRegistryBench.count(db, "SELECT COUNT(*) FROM post_holding"),
                    MemberRegistryBench.count(db, "SELECT COUNT(*) FROM post_holding WHERE held_to IS NULL"),
                    MemberRegistryBench.count(db, "SELECT COUNT(DISTINCT org_unit_id) FROM post_holding"),
                    MemberRegistryBench.count(db, "SELECT COUNT(*) FROM course"),
                    MemberRegistryBench.count(db, "SELECT COUNT(*) FROM enrolment"), loading);
            Files.writeString(results(), header, StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(2)
    void successionOfTheProvince() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        LocalDate day = VietnamTime.today();
        Object[] province = province(pool);
        SuccessionQuery query = new SuccessionQuery(ProvinceGenerator.PROVINCE, null, 60, 45, 6, 6, null);
        List<SuccessionItem> items = MutationContext.asSystem(() -> succession.report(query));
        long[] byReason = new long[4];
        for (SuccessionItem item : items) {
            byReason[switch (item.reason()) {
                case VACANT -> 0;
                case AGEING_HEAD -> 1;
                case ACTING_TOO_LONG -> 2;
                case TERM_ENDING -> 3;
            }]++;
        }
        long[] bySql = numbers(pool, REASONS, Date.valueOf(day), province[0], province[1]);
        assertEquals(List.of(bySql[0], bySql[1], bySql[2], bySql[3]), List.of(byReason[0], byReason[1], byReason[2], byReason[3]),
                "vacant, ageing head, acting too long, term ending: the application's items and the SQL's counts");
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> MutationContext.asSystem(() -> succession.report(query)));
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> {
            StringBuilder ids = new StringBuilder();
            Set<Long> parents = new HashSet<>();
            try (Connection db = pool.getConnection(); PreparedStatement units = db.prepareStatement(UNITS)) {
                units.setDate(1, Date.valueOf(day));
                units.setDate(2, Date.valueOf(day));
                units.setObject(3, province[0]);
                units.setObject(4, province[1]);
                try (ResultSet row = units.executeQuery()) {
                    while (row.next()) {
                        ids.append(ids.length() == 0 ? "" : ",").append(row.getLong(1));
                        for (int c = 2; c <= 10; c++) {
                            row.getObject(c);
                        }
                        if ("HAMLET".equals(row.getString(5))) {
                            parents.add(row.getLong(6));
                        }
                    }
                }
            }
            MemberRegistryBench.Samples.readAll(pool, COMMUNES.formatted(parents.isEmpty() ? "0"
                    : parents.stream().map(String::valueOf).collect(Collectors.joining(","))));
            MemberRegistryBench.Samples.readAll(pool, LEADERS.formatted(ids), Date.valueOf(day), Date.valueOf(day));
        });
        Timings best = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> numbers(pool, REASONS, Date.valueOf(day), province[0], province[1]));
        report(String.format("succession report of the province (%,d units with a head post; %,d items: %,d vacant, %,d ageing"
                        + " heads without a young deputy, %,d acting too long, %,d terms ending)", count(pool, province),
                        items.size(), byReason[0], byReason[1], byReason[2], byReason[3]), "p95 ≤ 100", app, byHand, best,
                "the report's statements: the units, the names of their hamlets' communes, then their heads' and"
                        + " deputies' holdings by unit id from one index; rows read, not sorted",
                "the four counts in one statement with window functions, no names");
    }

    @Test
    @Order(3)
    void trainingCoverageOfTheProvinceByCommune() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        LocalDate day = VietnamTime.today();
        int year = day.getYear();
        Object[] province = province(pool);
        CoverageQuery query = new CoverageQuery(ProvinceGenerator.PROVINCE, null, null, year);
        Coverage figures = MutationContext.asSystem(() -> coverage.coverage(query));
        Object[] period = {Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)),
                Date.valueOf(day), Date.valueOf(day), province[0], province[1]};
        long[] total = numbers(pool, COVERAGE.formatted("", ""), period);
        assertEquals(List.of(total[0], total[1]), List.of(figures.target(), figures.trained()), "the province's target and trained");
        String byCommune = COVERAGE.formatted("SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), "
                + (((String) province[1]).length()) + "), '/', 1) AS commune,", "AND a.path LIKE ? GROUP BY 1");
        Object[] communeParameters = {period[0], period[1], period[2], period[3], province[0], province[1], province[1]};
        Map<String, long[]> communes = new HashMap<>();
        try (Connection db = pool.getConnection(); PreparedStatement statement = db.prepareStatement(byCommune)) {
            for (int i = 0; i < communeParameters.length; i++) {
                statement.setObject(i + 1, communeParameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    communes.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
                }
            }
        }
        long checked = 0;
        for (Coverage.Child child : figures.children()) {
            long[] sql = communes.entrySet().stream().filter(e -> e.getKey().equals(childId(pool, child.unit())))
                    .map(Map.Entry::getValue).findFirst().orElse(new long[2]);
            assertEquals(List.of(sql[0], sql[1]), List.of(child.target(), child.trained()), "commune " + child.unit());
            checked++;
        }
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS, i -> MutationContext.asSystem(() -> coverage.coverage(query)));
        String commune = "SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), " + (((String) province[1]).length())
                + "), '/', 1) AS commune,";
        String kept = COVERAGE_KEPT.formatted(commune, "GROUP BY commune WITH ROLLUP");
        String joined = COVERAGE.formatted(commune, "GROUP BY commune WITH ROLLUP");
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> MemberRegistryBench.Samples.readAll(pool, kept, period));
        Timings fromEnrolments = Timings.of(REPETITIONS, BUDGET_SECONDS, i -> MemberRegistryBench.Samples.readAll(pool, joined, period));
        report(String.format("training coverage of the province by commune, %d (%,d cadres holding a post, %,d of them trained"
                        + " that year, %d communes checked against the SQL)", year, figures.target(), figures.trained(), checked),
                "p95 ≤ 100", app, byHand, fromEnrolments,
                "the same statement: by commune, the province as the roll-up row, one completion looked up a holding",
                "the same from the enrolments, their courses and target posts (the application with V22, before V23)");
    }

    @Test
    @Order(4)
    void averageCadreAgeOfTheProvince() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        LocalDate today = VietnamTime.today();
        Object[] province = province(pool);
        CadreAges ages = MutationContext.asSystem(() -> ageReport.ages(ProvinceGenerator.PROVINCE, null, 5));
        long[] todayBySql = numbers(pool, """
                SELECT COUNT(*), ROUND(AVG(age) * 10) FROM (SELECT DISTINCT h.person_id, TIMESTAMPDIFF(YEAR, p.birth_date, ?) AS age
                  FROM post_holding h JOIN person p ON p.id = h.person_id JOIN org_unit u ON u.id = h.org_unit_id
                  JOIN admin_unit a ON a.id = u.admin_unit_id
                 WHERE h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?) AND (a.id = ? OR a.path LIKE ?)) x""",
                Date.valueOf(today), Date.valueOf(today), Date.valueOf(today), province[0], province[1]);
        CadreAges.Year now = ages.byYear().get(ages.byYear().size() - 1);
        assertEquals(List.of(todayBySql[0], todayBySql[1]), List.of(now.cadres(),
                now.averageAge().movePointRight(1).longValue()), "cadres today and their average age (tenths)");
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> ageReport.ages(ProvinceGenerator.PROVINCE, null, 5)));
        report(String.format("cadres' average age in the province, five years and today by commune (%,d cadres today, %s years)",
                now.cadres(), now.averageAge()), "", app, null, null, "", "");
    }

    @Test
    @Order(100)
    @RunAsClient
    void printTheResults() throws IOException {
        Files.writeString(results(), "\nLoad average after: " + MemberRegistryBench.loadAverage() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String table = Files.readString(results(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertEquals(true, table.contains("training coverage"), "every path was measured");
    }

    /** The province's id and the LIKE pattern of every unit below it. */
    private static Object[] province(DataSource pool) throws Exception {
        try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT id, path FROM admin_unit WHERE code = ? AND valid_to IS NULL")) {
            query.setString(1, ProvinceGenerator.PROVINCE);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new Object[] {row.getLong(1), row.getString(2) + row.getLong(1) + "/%"};
            }
        }
    }

    private static long count(DataSource pool, Object[] province) throws Exception {
        return numbers(pool, "SELECT COUNT(*) FROM (" + UNITS + ") x", Date.valueOf(VietnamTime.today()),
                Date.valueOf(VietnamTime.today()), province[0], province[1])[0];
    }

    private static String childId(DataSource pool, String code) {
        try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT id FROM admin_unit WHERE code = ? AND valid_to IS NULL")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return Long.toString(row.getLong(1));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] numbers(DataSource pool, String sql, Object... parameters) throws Exception {
        try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(sql.replaceAll("\\?\\d", "?"))) {
            Object[] bound = bind(sql, parameters);
            for (int i = 0; i < bound.length; i++) {
                query.setObject(i + 1, bound[i]);
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

    /** JDBC knows only "?": numbered markers ("?1") are bound by their number, in the order they stand. */
    private static Object[] bind(String sql, Object[] parameters) {
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\\?(\\d)?").matcher(sql);
        java.util.List<Object> bound = new java.util.ArrayList<>();
        int next = 0;
        while (marker.find()) {
            bound.add(marker.group(1) == null ? parameters[next++] : parameters[Integer.parseInt(marker.group(1)) - 1]);
        }
        return bound.toArray();
    }

    private static void report(String path, String goal, Timings app, Timings byHand, Timings best, String byHandNote,
                               String bestNote) throws IOException {
        String line = String.format("| %s | %s | %s | %s | %s |%n", path, goal,
                app.cell() + (app.count() < REPETITIONS ? " (" + app.count() + " runs)" : ""),
                byHand == null ? "—" : byHand.cell() + (byHandNote.isEmpty() ? "" : " (" + byHandNote + ")"),
                best == null ? "—" : best.cell() + (bestNote.isEmpty() ? "" : " (" + bestNote + ")"));
        System.out.print("BENCH " + line);
        Files.writeString(results(), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path results() {
        return Path.of(System.getProperty("bench.results")).resolveSibling("cadre-bench-results.md");
    }
}
