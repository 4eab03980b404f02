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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
import vn.doanthe.directive.boundary.CampaignProgress;
import vn.doanthe.directive.boundary.CampaignView;
import vn.doanthe.directive.boundary.Campaigns;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.Directives;
import vn.doanthe.directive.boundary.NewCampaign;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.directive.boundary.NewSummary;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.directive.entity.CampaignForm;
import vn.doanthe.directive.entity.DirectiveType;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.testing.Deployments;

/**
 * The dissemination benchmark (issue 16, "Scale"): on the generated province of a million persons,
 * a campaign issued by the province to every branch of its six organisations (timed once), then,
 * written by SQL, acknowledgements from 80 % of the branches, sessions in 60 % with two thirds of
 * their active members present and an opinion each (then the targets' kept figures counted as the
 * session command does); the progress of the province by commune timed through the application
 * beside the same statement by hand, after the application's figures are checked equal to
 * hand-written SQL over the sessions, attendees and membership periods. Each run issues a campaign of its own. Results go to
 * {@code bench/target/campaign-bench-results.md}; nothing asserts a duration.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignBench {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 200);
    private static final int BUDGET_SECONDS = 30;
    private static final String ISSUER = "Ban Tuyên giáo Tỉnh ủy (benchmark)";
    private static final List<String> ORGANISATIONS = List.of("DTN", "HPN", "HND", "CCB", "NCT", "CTD");

    private static final String SESSIONS = """
            INSERT INTO campaign_session (campaign_id, target_id, held_on, presenter, others_present)
            SELECT campaign_id, id, ?, 'Báo cáo viên', MOD(id, 4) FROM campaign_target WHERE campaign_id = ? AND MOD(id, 10) < 6""";

    private static final String ACKNOWLEDGED = """
            UPDATE campaign_target SET acknowledged_summary_id = ?, acknowledged_on = ?, acknowledged_by = 'benchmark'
             WHERE campaign_id = ? AND MOD(id, 10) < 8""";

    private static final String ATTENDEES = """
            INSERT INTO campaign_attendee (session_id, person_id)
            SELECT DISTINCT s.id, m.person_id FROM campaign_session s JOIN campaign_target t ON t.id = s.target_id
              JOIN membership_period p ON p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE' AND p.valid_to IS NULL
              JOIN membership m ON m.id = p.membership_id
             WHERE s.campaign_id = ? AND MOD(m.person_id, 3) < 2""";

    private static final String OPINIONS = """
            INSERT INTO campaign_opinion (session_id, position, topic, opinion_text)
            SELECT id, 0, ELT(1 + MOD(id, 5), 'Môi trường', 'Giao thông', 'An ninh trật tự', 'Việc làm', 'Y tế'),
                   'Đề nghị các cấp quan tâm' FROM campaign_session WHERE campaign_id = ?""";

    /** What the session command keeps on each target (TargetFigures), for the sessions written by SQL. */
    private static final String TARGET_SESSIONS = """
            UPDATE campaign_target t
               SET t.sessions = (SELECT COUNT(*) FROM campaign_session s WHERE s.target_id = t.id),
                   t.members_reached = (SELECT COUNT(DISTINCT a.person_id) FROM campaign_attendee a
                                          JOIN campaign_session s ON s.id = a.session_id WHERE s.target_id = t.id)
             WHERE t.campaign_id = ?""";

    /** The progress's statement by hand: the figures the targets keep, summed by commune, the province as the roll-up row. */
    private static final String FIGURES_BY_HAND = """
            SELECT SUBSTRING_INDEX(SUBSTRING(CONCAT(a.path, a.id, '/'), ?), '/', 1) AS child, COUNT(*),
                   SUM(t.acknowledged_summary_id IS NOT NULL), SUM(t.sessions > 0), SUM(t.members_reached), SUM(t.members)
              FROM campaign_target t JOIN admin_unit a ON a.id = t.admin_unit_id
             WHERE t.campaign_id = ? GROUP BY child WITH ROLLUP""";

    /** The same figures of the province counted from the sessions, attendees and membership periods. */
    private static final String COUNTED = """
            SELECT (SELECT COUNT(*) FROM campaign_target WHERE campaign_id = ?1),
                   (SELECT COUNT(*) FROM campaign_target WHERE campaign_id = ?1 AND acknowledged_summary_id IS NOT NULL),
                   (SELECT COUNT(DISTINCT target_id) FROM campaign_session WHERE campaign_id = ?1),
                   (SELECT COUNT(DISTINCT s.target_id, a.person_id) FROM campaign_attendee a
                      JOIN campaign_session s ON s.id = a.session_id WHERE s.campaign_id = ?1),
                   (SELECT COUNT(DISTINCT t.org_unit_id, p.membership_id) FROM campaign_target t
                      JOIN membership_period p ON p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE'
                           AND p.valid_from <= ?2 AND (p.valid_to IS NULL OR p.valid_to >= ?2)
                     WHERE t.campaign_id = ?1)""";

    @Deployment
    static WebArchive application() {
        return Deployments.warWith(CampaignBench.class, Deployments.class, Timings.class, MemberRegistryBench.class,
                MemberRegistryBench.Samples.class, MemberRegistryBench.Samples.Named.class, ProvinceGenerator.class,
                VietnameseNames.class);
    }

    @Inject
    Directives directives;

    @Inject
    Summaries summaries;

    @Inject
    Campaigns campaigns;

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
                    # Dissemination benchmark

                    - run: %s UTC, `mvn -Pbench -pl bench -am verify -DskipTests -Dit.test=CampaignBench`; load average before: %s
                    - machine: %d cores, %s, Java %s; Payara Micro heap %s; the embedded MariaDB %s (buffer pool %s)
                    - data: %,d persons, %,d membership periods; %,d campaigns before this run's
                    - times in milliseconds, p50 / p95 / max, measured inside the server

                    | path | goal | application | SQL: the same statement by hand |
                    |---|---|---|---|
                    """, OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), MemberRegistryBench.loadAverage(),
                    Runtime.getRuntime().availableProcessors(), MemberRegistryBench.memory(), System.getProperty("java.version"),
                    System.getProperty("bench.heap"), MemberRegistryBench.single(db, "SELECT VERSION()"),
                    MemberRegistryBench.megabytes(MemberRegistryBench.single(db, "SELECT @@innodb_buffer_pool_size")),
                    persons, MemberRegistryBench.count(db, "SELECT COUNT(*) FROM membership_period"),
                    MemberRegistryBench.count(db, "SELECT COUNT(*) FROM campaign")), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(2)
    void aProvincialCampaignIsIssuedAndHalfHeld() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        LocalDate today = VietnamTime.today();
        DirectiveView directive = MutationContext.asSystem(() -> directives.register(new NewDirective(
                "B" + System.currentTimeMillis() % 1_000_000 + "-CT/TU", ISSUER, DirectiveType.DIRECTIVE, null, today,
                "2025-2030", "Về tăng cường tuyên truyền (benchmark)", null)));
        SummaryView draft = MutationContext.asSystem(() -> summaries.write(directive.id(),
                new NewSummary("Những điểm chính cho hội viên", null, null, null)));
        MutationContext.asSystem(() -> summaries.submit(draft.id()));
        SummaryView summary = MutationContext.asSystem(() -> summaries.approve(draft.id()));
        long started = System.nanoTime();
        CampaignView campaign = MutationContext.asSystem(() -> campaigns.issue(new NewCampaign(directive.id(), summary.id(),
                ProvinceGenerator.PROVINCE, ORGANISATIONS, today.plusDays(30), null, CampaignForm.REGULAR_MEETING)));
        double issuing = (System.nanoTime() - started) / 1e6;
        long sessions;
        long attendees;
        started = System.nanoTime();
        try (Connection db = pool.getConnection()) {
            update(db, ACKNOWLEDGED, summary.id(), Date.valueOf(today), campaign.id());
            sessions = update(db, SESSIONS, Date.valueOf(today), campaign.id());
            attendees = update(db, ATTENDEES, campaign.id());
            update(db, OPINIONS, campaign.id());
            update(db, TARGET_SESSIONS, campaign.id());
        }
        double writing = (System.nanoTime() - started) / 1e6;
        report(String.format("issuing a campaign of the province to every branch of six organisations (%,d targets written"
                        + " in one statement, then each branch's members on the deadline counted in one, with the"
                        + " command's audit entry)", campaign.targets()), "≤ 5,000",
                Timings.summary(new double[] {issuing}), null, "");
        Files.writeString(results(), String.format("%n(then written by SQL in %,.0f ms: %,d sessions, %,d members present,"
                + " acknowledgements and an opinion a session)%n%n", writing, sessions, attendees),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    @Order(3)
    void progressOfTheProvinceByCommune() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        long campaign;
        LocalDate deadline;
        int from;
        try (Connection db = pool.getConnection()) {
            campaign = Long.parseLong(MemberRegistryBench.single(db, "SELECT MAX(c.id) FROM campaign c JOIN directive d"
                    + " ON d.id = c.directive_id WHERE d.issuer = '" + ISSUER + "'"));
            deadline = LocalDate.parse(MemberRegistryBench.single(db, "SELECT deadline FROM campaign WHERE id = " + campaign));
            from = Integer.parseInt(MemberRegistryBench.single(db, "SELECT LENGTH(CONCAT(path, id, '/')) + 1 FROM admin_unit"
                    + " WHERE code = '" + ProvinceGenerator.PROVINCE + "' AND valid_to IS NULL"));
        }
        CampaignProgress progress = MutationContext.asSystem(() -> campaigns.progress(campaign, ProvinceGenerator.PROVINCE));
        long started = System.nanoTime();
        long[] counted = whole(pool, COUNTED.replace("?1", String.valueOf(campaign)).replace("?2", "?"),
                Date.valueOf(deadline), Date.valueOf(deadline));
        double counting = (System.nanoTime() - started) / 1e6;
        assertEquals(List.of(counted[0], counted[1], counted[2], counted[3], counted[4]), List.of(progress.targets(),
                progress.acknowledged(), progress.sessionsHeld(), progress.membersReached(), progress.members()),
                "targets, acknowledged, sessions held, members reached, members: the application and the SQL");
        Timings app = Timings.ofApplication(REPETITIONS, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> campaigns.progress(campaign, ProvinceGenerator.PROVINCE)));
        Timings byHand = Timings.of(REPETITIONS, BUDGET_SECONDS,
                i -> MemberRegistryBench.Samples.readAll(pool, FIGURES_BY_HAND, from, campaign));
        report(String.format("progress of the province by commune (%,d targets, %,d acknowledged, %,d held a session,"
                        + " %,d of %,d members reached; %d communes)", progress.targets(), progress.acknowledged(),
                progress.sessionsHeld(), progress.membersReached(), progress.members(), progress.children().size()),
                "p95 ≤ 100", app, byHand, String.format("the statement summing the targets' figures; counting the"
                        + " province's from the sessions and membership periods, as the check did: %,.0f ms", counting));
    }

    @Test
    @Order(4)
    void completionAndOpinionsOfTheProvince() throws Exception {
        DataSource pool = InitialContext.doLookup("jdbc/doanthe");
        long campaign;
        try (Connection db = pool.getConnection()) {
            campaign = Long.parseLong(MemberRegistryBench.single(db, "SELECT MAX(c.id) FROM campaign c JOIN directive d"
                    + " ON d.id = c.directive_id WHERE d.issuer = '" + ISSUER + "'"));
        }
        Timings tree = Timings.ofApplication(20, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> campaigns.completion(campaign, ProvinceGenerator.PROVINCE)));
        int rows = MutationContext.asSystem(() -> campaigns.completion(campaign, ProvinceGenerator.PROVINCE)).rows().size();
        report(String.format("completion of every level of the province (%,d rows), as the tree and its XLSX read it", rows),
                "", tree, null, "");
        Timings opinions = Timings.ofApplication(20, BUDGET_SECONDS,
                i -> MutationContext.asSystem(() -> campaigns.opinions(campaign, ProvinceGenerator.PROVINCE)));
        long said = MutationContext.asSystem(() -> campaigns.opinions(campaign, ProvinceGenerator.PROVINCE)).opinions();
        report(String.format("opinions of the province by topic (%,d opinions)", said), "", opinions, null, "");
    }

    @Test
    @Order(100)
    @RunAsClient
    void printTheResults() throws IOException {
        Files.writeString(results(), "\nLoad average after: " + MemberRegistryBench.loadAverage() + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String table = Files.readString(results(), StandardCharsets.UTF_8);
        System.out.println(table);
        assertEquals(true, table.contains("opinions of the province"), "every path was measured");
    }

    private static int update(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** The roll-up row's figures (the first column null) of a statement grouped WITH ROLLUP, or a single row's. */
    private static long[] whole(DataSource pool, String sql, Object... parameters) throws Exception {
        try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    if (!sql.contains("ROLLUP")) {
                        long[] values = new long[columns];
                        for (int c = 1; c <= columns; c++) {
                            values[c - 1] = row.getLong(c);
                        }
                        return values;
                    }
                    if (row.getString(1) == null) {
                        long[] values = new long[columns - 1];
                        for (int c = 2; c <= columns; c++) {
                            values[c - 2] = row.getLong(c);
                        }
                        return values;
                    }
                }
            }
        }
        throw new IllegalStateException("No roll-up row: " + sql);
    }

    private static void report(String path, String goal, Timings app, Timings byHand, String byHandNote) throws IOException {
        String line = String.format("| %s | %s | %s | %s |%n", path, goal,
                app.cell() + (app.count() < REPETITIONS && app.count() > 1 ? " (" + app.count() + " runs)" : ""),
                byHand == null ? "—" : byHand.cell() + (byHandNote.isEmpty() ? "" : " (" + byHandNote + ")"));
        System.out.print("BENCH " + line);
        Files.writeString(results(), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static Path results() {
        return Path.of(System.getProperty("bench.results")).resolveSibling("campaign-bench-results.md");
    }
}
