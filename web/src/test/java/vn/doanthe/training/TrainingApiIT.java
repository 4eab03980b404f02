package vn.doanthe.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;
import vn.doanthe.testing.Together;

/**
 * Training courses through the API: a course from registration to each trainee's result, the rules
 * of enrolment and results with every mistake in one answer, the coverage of a post against
 * hand-written SQL, the person lifecycle, and each walked as a scoped STAFF, a scoped ADMIN and an
 * AUDITOR. Each test works on a hamlet of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private String hamlet;
    private Registry registry;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeEach
    void aHamletOfItsOwn() {
        registry = new Registry(admin());
        hamlet = registry.hamlet("Ấp Tập Huấn " + Deployments.unique(), COMMUNE);
    }

    @Test
    void aCourseFromRegistrationToEachTraineesResultAndCertificate() throws SQLException, IOException {
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long head = registry.person("Nguyễn Thị Học", TODAY.minusYears(45), hamlet);
        registry.hold(head, branch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2022, 1, 1), "ELECTED");
        long successor = registry.person("Trần Thị Kế", TODAY.minusYears(30), hamlet);

        Api.Reply created = course(admin(), chapter("HPN", COMMUNE), TODAY.minusDays(2), TODAY, "HPN_CHI_HOI_TRUONG");
        assertEquals(201, created.status(), created.body());
        long course = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/courses/" + course), created.header("Location"));
        assertEquals(2, created.json().getJsonArray("topics").size());
        assertFalse(created.json().getJsonArray("topics").getJsonObject(1).getBoolean("compulsory"));
        assertEquals("HPN_CHI_HOI_TRUONG", created.json().getJsonArray("targetPosts").getJsonObject(0).getString("code"));
        assertEquals("KH 12-KH/HPN", created.json().getString("programme"), "the symbol as written");

        Api.Reply everyMistake = admin().post(API + "/courses", """
                {"title": "  ", "organisation": "HPN", "organiserUnitId": %d, "mode": "SOMETIMES",
                 "targetPosts": ["KHONG_CO"], "topics": [{"title": ""}, {"title": "Kỹ năng", "compulsory": "có"}]}"""
                .formatted(chapter("HPN", COMMUNE)));
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("topics[1].compulsory"), everyMistake.fields(), "a value of the wrong kind, named where it is");
        Api.Reply noDates = admin().post(API + "/courses", """
                {"title": "  ", "organisation": "HPN", "organiserUnitId": %d, "mode": "ONLINE",
                 "targetPosts": ["KHONG_CO"], "topics": [{"title": ""}]}""".formatted(chapter("HPN", COMMUNE)));
        assertEquals(400, noDates.status(), noDates.body());
        assertEquals(Set.of("title", "from", "to", "targetPosts", "topics[0].title"), noDates.fields(),
                "every mistake in one answer");
        Api.Reply backwards = course(admin(), chapter("HPN", COMMUNE), TODAY, TODAY.minusDays(1), "HPN_CHI_HOI_TRUONG");
        assertEquals(Set.of("to"), backwards.fields());

        assertEquals(201, enrol(admin(), course, head, false).status());
        Api.Reply twice = enrol(admin(), course, head, false);
        assertEquals(409, twice.status(), twice.body());
        assertEquals(Set.of("personId"), twice.fields());
        Api.Reply outside = enrol(admin(), course, successor, false);
        assertEquals(400, outside.status(), outside.body());
        assertEquals(Set.of("personId"), outside.fields());
        assertTrue(outside.body().contains("Trần Thị Kế"), outside.body());
        Api.Reply onPurpose = enrol(admin(), course, successor, true);
        assertEquals(201, onPurpose.status(), onPurpose.body());
        assertTrue(onPurpose.json().getBoolean("outsideTarget"));

        long enrolment = enrolments(admin(), course).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("personId").longValue() == head).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply wrong = result(admin(), enrolment, "false", "10.5", "true", "\"" + "Ấ".repeat(2001) + "\"");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("score", "completed", "reflection"), wrong.fields(), "every mistake in one answer");
        assertEquals(Set.of("score"), result(admin(), enrolment, "true", "8.125", "true", null).fields());
        assertEquals(Set.of("attended"), result(admin(), enrolment, "null", "8", "false", null).fields());
        Api.Reply done = result(admin(), enrolment, "true", "8.5", "true",
                "\"Bài thu hoạch: tổ chức sinh hoạt chi hội theo chuyên đề.\"");
        assertEquals(200, done.status(), done.body());
        assertEquals(new BigDecimal("8.5"), done.json().getJsonNumber("score").bigDecimalValue().stripTrailingZeros());
        assertTrue(done.json().getBoolean("completed"));
        assertEquals(409, admin().call("DELETE", API + "/enrolments/" + enrolment, null).status(),
                "a result recorded keeps the enrolment");
        assertEquals(409, admin().download(API + "/enrolments/" + onPurpose.json().getJsonNumber("id") + "/certificate")
                .status(), "no certificate before completion");
        long issued = count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Enrolment'");
        Api.Download certificate = admin().download(API + "/enrolments/" + enrolment + "/certificate");
        assertEquals(200, certificate.status(), certificate.text());
        assertEquals("application/pdf", certificate.contentType());
        assertTrue(certificate.disposition().contains("giay-chung-nhan-" + enrolment + ".pdf"), certificate.disposition());
        String words = new PdfTextExtractor(new PdfReader(certificate.body())).getTextFromPage(1);
        assertTrue(words.contains("Nguyễn Thị Học") && words.contains("GIẤY CHỨNG NHẬN") && words.contains("8,5"), words);
        assertEquals(issued + 1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Enrolment'"),
                "issuing a certificate is recorded");
        Api.Download trainees = admin().download(API + "/courses/" + course + "/enrolments/export");
        assertEquals(200, trainees.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(trainees.body()))) {
            var rows = workbook.getSheetAt(0);
            assertEquals(2, rows.getLastRowNum(), "two trainees under the headings");
            assertEquals("Nguyễn Thị Học", rows.getRow(1).getCell(1).getStringCellValue(), "given names in order: Học, Kế");
            assertEquals("Có", rows.getRow(1).getCell(6).getStringCellValue());
        }
        assertEquals(issued + 2, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Enrolment'"),
                "the list of trainees names persons: its issue is recorded");
        Api.Download list = admin().download(API + "/courses/export?year=" + TODAY.getYear() + "&organisation=HPN");
        assertEquals(200, list.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
            boolean listed = false;
            for (var row : workbook.getSheetAt(0)) {
                listed |= created.json().getString("title").equals(row.getCell(1).getStringCellValue());
            }
            assertTrue(listed, "the course is in the year's list");
        }
        long successorEnrolment = onPurpose.json().getJsonNumber("id").longValue();
        assertEquals(204, admin().call("DELETE", API + "/enrolments/" + successorEnrolment, null).status());
        assertEquals(1, enrolments(admin(), course).size());
        assertEquals(1L, count("SELECT COUNT(*) FROM enrolment WHERE course_id = ? AND completed AND score = 8.5", course));

        Api.Reply planned = course(admin(), chapter("HPN", COMMUNE), TODAY.plusDays(10), TODAY.plusDays(12),
                "HPN_CHI_HOI_TRUONG");
        long later = planned.json().getJsonNumber("id").longValue();
        long early = enrol(admin(), later, head, false).json().getJsonNumber("id").longValue();
        Api.Reply notBegun = result(admin(), early, "true", "9", "true", null);
        assertEquals(Set.of("attended"), notBegun.fields(), "no result before the course begins: " + notBegun.body());
        assertEquals(0, ((JsonArray) admin().get(API + "/enrolments?personId=" + successor).structure()).size(),
                "the withdrawn enrolment is gone from the successor's record");
    }

    @Test
    void twoOfficesEnrollingOnePersonAtOnceEnrolHerOnce() throws SQLException {
        long branch = registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet);
        long head = registry.person("Lê Thị Cùng", TODAY.minusYears(50), hamlet);
        registry.hold(head, branch, "HND_CHI_HOI_TRUONG", LocalDate.of(2023, 1, 1), "ELECTED");
        long course = course(admin(), chapter("HND", COMMUNE), TODAY, TODAY, "HND_CHI_HOI_TRUONG").json()
                .getJsonNumber("id").longValue();
        List<Api.Reply> replies = Together.send(() -> enrol(admin(), course, head, false),
                () -> enrol(admin(), course, head, false));
        assertEquals(Set.of(201, 409), Set.of(replies.get(0).status(), replies.get(1).status()), replies.toString());
        assertEquals(1L, count("SELECT COUNT(*) FROM enrolment WHERE course_id = ?", course));
    }

    @Test
    void coverageCountsTheHoldersTrainedInTheYearAsHandWrittenSqlDoes() throws SQLException {
        long[] heads = new long[3];
        for (int i = 0; i < heads.length; i++) {
            long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
            heads[i] = registry.person("Phạm Thị Phủ " + (char) ('A' + i), TODAY.minusYears(40 + i), hamlet);
            registry.hold(heads[i], branch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2020, 1, 1), "ELECTED");
        }
        long course = course(admin(), chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_TRUONG").json()
                .getJsonNumber("id").longValue();
        for (int i = 0; i < heads.length; i++) {
            long enrolment = enrol(admin(), course, heads[i], false).json().getJsonNumber("id").longValue();
            Api.Reply done = result(admin(), enrolment, "true", "7", i < 2 ? "true" : "false", null);
            assertEquals(200, done.status(), done.body());
        }
        // A course for other posts does not count towards the heads' coverage.
        long deputiesCourse = course(admin(), chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_PHO").json()
                .getJsonNumber("id").longValue();
        long third = enrol(admin(), deputiesCourse, heads[2], true).json().getJsonNumber("id").longValue();
        assertEquals(200, result(admin(), third, "true", "9", "true", null).status());

        JsonObject ours = admin().get(API + "/stats/training?unit=" + hamlet + "&post=HPN_CHI_HOI_TRUONG").json();
        assertEquals(3, ours.getInt("target"), ours.toString());
        assertEquals(2, ours.getInt("trained"), ours.toString());
        assertEquals(new BigDecimal("0.6667"), ours.getJsonNumber("ratio").bigDecimalValue());
        JsonObject lastYear = admin().get(API + "/stats/training?unit=" + hamlet + "&post=HPN_CHI_HOI_TRUONG&year="
                + (TODAY.getYear() - 1)).json();
        assertEquals(3, lastYear.getInt("target"));
        assertEquals(0, lastYear.getInt("trained"), "this year's course does not train last year's holders");

        // The whole commune against hand-written SQL, and each hamlet below it.
        JsonObject commune = admin().get(API + "/stats/training?unit=" + COMMUNE + "&post=HPN_CHI_HOI_TRUONG").json();
        Object[] place = Sql.row("SELECT id, CONCAT(path, id, '/') FROM admin_unit WHERE code = ? AND valid_to IS NULL",
                COMMUNE);
        String held = """
                FROM post_holding h JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
                JOIN post_type pt ON pt.id = h.post_type_id
                WHERE pt.code = 'HPN_CHI_HOI_TRUONG' AND h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?)
                  AND (a.id = ? OR a.path LIKE CONCAT(?, '%'))""";
        long target = count("SELECT COUNT(DISTINCT h.person_id) " + held, TODAY, TODAY, place[0], place[1]);
        long trained = count("SELECT COUNT(DISTINCT h.person_id) " + held + " AND h.person_id IN (SELECT e.person_id"
                + " FROM enrolment e JOIN course c ON c.id = e.course_id JOIN course_target_post t ON t.course_id = c.id"
                + " WHERE t.post_type_id = h.post_type_id AND e.completed AND YEAR(c.ends_on) = ?)",
                TODAY, TODAY, place[0], place[1], TODAY.getYear());
        assertTrue(target >= 3 && trained >= 2, target + " " + trained);
        assertEquals(target, commune.getInt("target"));
        assertEquals(trained, commune.getInt("trained"));
        JsonObject child = commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow();
        assertEquals(3, child.getInt("target"));
        assertEquals(2, child.getInt("trained"));
        assertEquals(target, commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .mapToLong(c -> c.getInt("target")).sum(), "the hamlets add up to the commune");

        Api.Reply wrong = admin().get(API + "/stats/training?organisation=KHONG&year=1990");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("unit", "organisation", "year"), wrong.fields());
        Api farmersOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertEquals(0, farmersOfficer.get(API + "/stats/training?unit=" + hamlet).json().getInt("target"),
                "the Women's Union heads are outside a Farmers' officer's scope");
        Api otherCommune = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/stats/training?unit=" + hamlet).status());
    }

    /**
     * The effect of a course run in March 2025: the branch whose head completed it against the other
     * branches of the commune, on 12/03/2024 and 12/03/2026 — members, away members and those kept in
     * contact — as known answers for two branches and against hand-written SQL for the sides.
     */
    @Test
    void theEffectSetsTheTrainedBranchesBesideTheOthersAsHandWrittenSqlDoes() throws SQLException {
        long trainedBranch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long otherBranch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long lan = registry.person("Đỗ Thị Lan", TODAY.minusYears(45), hamlet);
        long hoa = registry.person("Đỗ Thị Hoa", TODAY.minusYears(50), hamlet);
        registry.hold(lan, trainedBranch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2022, 1, 1), "ELECTED");
        registry.hold(hoa, otherBranch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2022, 1, 1), "ELECTED");
        List<Long> mai = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long person = registry.person("Đỗ Thị Mai " + (char) ('A' + i), hamlet);
            registry.enrol(person, trainedBranch, "2020-01-01");
            mai.add(person);
        }
        long away = registry.enrol(registry.person("Đỗ Thị Xa", hamlet), trainedBranch, "2020-01-01");
        Api.Reply leaves = admin().post(API + "/memberships/" + away + "/status", """
                {"status": "AWAY", "day": "2025-05-01", "awayPlace": "KCN Tân Tạo", "awayContact": "0909 123 456",
                 "reason": "đi làm công nhân"}""");
        assertEquals(200, leaves.status(), leaves.body());
        registry.enrol(registry.person("Đỗ Thị Mới", hamlet), trainedBranch, "2025-06-01");
        registry.enrol(registry.person("Đỗ Thị Ở", hamlet), otherBranch, "2020-01-01");
        long left = registry.enrol(registry.person("Đỗ Thị Đi", hamlet), otherBranch, "2020-01-01");
        assertEquals(200, admin().post(API + "/memberships/" + left + "/status",
                "{\"status\": \"LEFT\", \"day\": \"2025-08-01\", \"reason\": \"chuyển đi nơi khác\"}").status());
        long committee = chapter("HPN", COMMUNE);
        long course = course(admin(), committee, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12),
                "HPN_CHI_HOI_TRUONG").json().getJsonNumber("id").longValue();
        long enrolment = enrol(admin(), course, lan, false).json().getJsonNumber("id").longValue();
        assertEquals(200, result(admin(), enrolment, "true", "8.5", "true", null).status());
        long notCompleted = enrol(admin(), course, hoa, false).json().getJsonNumber("id").longValue();
        assertEquals(200, result(admin(), notCompleted, "false", "null", "false", null).status());

        // Its meetings: two the year before (one roll call, 2 of the 4 active present), three the year
        // after (two roll calls, the three Mai of the four active: Xa works away, Mới has joined), and
        // an extraordinary one that keeps no schedule.
        meeting(trainedBranch, "REGULAR", "2024-06-10", mai.subList(0, 2));
        meeting(trainedBranch, "REGULAR", "2024-12-10", null);
        meeting(trainedBranch, "EXTRAORDINARY", "2025-01-15", null);
        meeting(trainedBranch, "REGULAR", "2025-06-10", mai);
        meeting(trainedBranch, "THEMATIC", "2025-09-10", null);
        meeting(trainedBranch, "REGULAR", "2026-03-12", mai);
        meeting(otherBranch, "REGULAR", "2026-03-13", null); // the day after the year after

        Api.Reply effect = admin().get(API + "/courses/" + course + "/effect");
        assertEquals(200, effect.status(), effect.body());
        JsonObject body = effect.json();
        assertEquals("2024-03-12", body.getString("before"));
        assertEquals("2026-03-12", body.getString("after"));
        assertTrue(body.getBoolean("yearPassed"));
        Map<Long, JsonObject> branches = body.getJsonArray("branches").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(b -> b.getJsonNumber("orgUnitId").longValue(), b -> b));
        JsonObject trained = branches.get(trainedBranch);
        assertTrue(trained.getBoolean("trained"));
        assertEquals(List.of(4L, 0L, 0L, 5L, 1L, 1L), figures(trained), "members, away, in contact: before, then after");
        JsonObject other = branches.get(otherBranch);
        assertFalse(other.getBoolean("trained"), "its head enrolled but did not complete");
        assertEquals(List.of(2L, 0L, 0L, 1L, 0L, 0L), figures(other));
        assertEquals(List.of(4L, 0L, 0L, 5L, 1L, 1L), figures(body.getJsonObject("trained")), "the trained side is that branch");
        assertEquals("0.2500", body.getJsonObject("trained").getJsonNumber("memberChange").bigDecimalValue().toPlainString());
        assertEquals(List.of("2 0.5000", "3 0.7500"), List.of(meetings(trained.getJsonObject("meetingsBefore")),
                meetings(trained.getJsonObject("meetingsAfter"))), "meetings held and their attendance, before and after");
        assertEquals(List.of("2 0.5000", "3 0.7500"), List.of(meetings(body.getJsonObject("trained")
                .getJsonObject("meetingsBefore")), meetings(body.getJsonObject("trained").getJsonObject("meetingsAfter"))));
        assertEquals(List.of("0 null", "0 null"), List.of(meetings(other.getJsonObject("meetingsBefore")),
                meetings(other.getJsonObject("meetingsAfter"))), "a meeting after the year after does not count");
        assertEquals(List.of(0.5, 0.75), List.of(Sql.row("""
                SELECT AVG(present / expected) FROM meeting WHERE org_unit_id = ? AND held_on BETWEEN '2024-03-12'
                   AND '2025-03-12' AND roll_taken_at IS NOT NULL""", trainedBranch)[0], Sql.row("""
                SELECT AVG(present / expected) FROM meeting WHERE org_unit_id = ? AND held_on BETWEEN '2025-03-13'
                   AND '2026-03-12' AND roll_taken_at IS NOT NULL""", trainedBranch)[0]).stream()
                .map(v -> ((Number) v).doubleValue()).toList(), "the same attendance by hand");

        String side = """
                SELECT COUNT(DISTINCT u.id),
                       SUM(p.valid_from <= '2024-03-12' AND (p.valid_to IS NULL OR p.valid_to >= '2024-03-12')),
                       SUM(p.valid_from <= '2026-03-12' AND (p.valid_to IS NULL OR p.valid_to >= '2026-03-12')),
                       SUM(p.valid_from <= '2026-03-12' AND (p.valid_to IS NULL OR p.valid_to >= '2026-03-12')
                           AND p.status = 'AWAY' AND m.away_contact <> '')
                  FROM org_unit u JOIN org_unit_type t ON t.id = u.unit_type_id
                  LEFT JOIN membership_period p ON p.org_unit_id = u.id AND p.status IN ('ACTIVE', 'AWAY')
                       AND p.valid_from <= '2026-03-12' AND (p.valid_to IS NULL OR p.valid_to >= '2024-03-12')
                  LEFT JOIN membership m ON m.id = p.membership_id
                 WHERE u.path LIKE CONCAT((SELECT path FROM org_unit WHERE id = ?), ?, '/%%') AND t.id = (SELECT unit_type_id FROM post_type WHERE code = 'HPN_CHI_HOI_TRUONG')
                   AND (u.closed_on IS NULL OR u.closed_on >= '2025-03-12') AND u.id %s ?""";
        Object[] untrained = Sql.row(side.formatted("<>"), committee, committee, trainedBranch);
        JsonObject others = body.getJsonObject("untrained");
        assertEquals(((Number) untrained[0]).longValue(), others.getInt("branches"), "the other branches of the commune");
        assertEquals(List.of(number(untrained[1]), number(untrained[2]), number(untrained[3])),
                List.of(others.getJsonObject("before").getJsonNumber("members").longValue(),
                        others.getJsonObject("after").getJsonNumber("members").longValue(),
                        others.getJsonObject("after").getJsonNumber("inContact").longValue()));

        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/courses/" + course + "/effect").status());
        Api otherCommune = Accounts.client(server(), admin(), List.of("STAFF"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/courses/" + course + "/effect").status(),
                "another commune's course is as good as missing");
        Api youthOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("DTN"));
        assertEquals(404, youthOfficer.get(API + "/courses/" + course + "/effect").status());
        assertEquals(404, admin().get(API + "/courses/999999999/effect").status());
    }

    private static List<Long> figures(JsonObject branch) {
        JsonObject before = branch.getJsonObject("before");
        JsonObject after = branch.getJsonObject("after");
        return List.of(before.getJsonNumber("members").longValue(), before.getJsonNumber("away").longValue(),
                before.getJsonNumber("inContact").longValue(), after.getJsonNumber("members").longValue(),
                after.getJsonNumber("away").longValue(), after.getJsonNumber("inContact").longValue());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Test
    void eachRoleSeesAndDoesWhatItsScopeAllows() {
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long head = registry.person("Võ Thị Phạm", TODAY.minusYears(38), hamlet);
        registry.hold(head, branch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2021, 6, 1), "ELECTED");
        String above = admin().get(API + "/territory/units/" + COMMUNE).json().getString("parentCode");
        long aboveCourse = course(admin(), chapter("HPN", above), TODAY, TODAY, "HPN_CHI_HOI_TRUONG").json()
                .getJsonNumber("id").longValue();
        long communeCourse = course(admin(), chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_TRUONG").json()
                .getJsonNumber("id").longValue();

        Api womensOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        assertEquals(200, womensOfficer.get(API + "/courses/" + aboveCourse).status(), "the course of the level above");
        Api.Reply sent = enrol(womensOfficer, aboveCourse, head, false);
        assertEquals(201, sent.status(), sent.body());
        long enrolment = sent.json().getJsonNumber("id").longValue();
        assertEquals(403, result(womensOfficer, enrolment, "true", "8", "true", null).status(),
                "the organiser records the results");
        assertEquals(200, result(admin(), enrolment, "true", "8", "true", null).status());
        assertEquals(1, enrolments(womensOfficer, aboveCourse).size());
        Api.Reply ownCourse = course(womensOfficer, chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_TRUONG");
        assertEquals(201, ownCourse.status(), ownCourse.body());
        Api.Reply aboveHer = course(womensOfficer, chapter("HPN", above), TODAY, TODAY, "HPN_CHI_HOI_TRUONG");
        assertEquals(Set.of("organiserUnitId"), aboveHer.fields(), "she runs courses of her own units only");

        Api farmersOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertEquals(404, farmersOfficer.get(API + "/courses/" + communeCourse).status());
        assertEquals(404, farmersOfficer.get(API + "/enrolments/" + enrolment).status());
        assertEquals(404, enrol(farmersOfficer, communeCourse, head, false).status());
        Api otherAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherAdmin.get(API + "/courses/" + communeCourse).status());
        assertEquals(0, enrolments(otherAdmin, aboveCourse).size(), "another commune's trainees stay out of sight");
        assertEquals(404, otherAdmin.call("DELETE", API + "/enrolments/" + enrolment, null).status());

        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/courses/" + communeCourse).status());
        assertEquals(200, auditor.get(API + "/enrolments/" + enrolment).status());
        assertEquals(403, course(auditor, chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_TRUONG").status());
        assertEquals(403, enrol(auditor, communeCourse, head, false).status());
        assertEquals(403, result(auditor, enrolment, "true", "9", "true", null).status());
    }

    @Test
    void aMergeJoinsTheEnrolmentsAndAnonymisationKeepsTheResults() throws SQLException {
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long kept = registry.person("Châu Thị Hai", TODAY.minusYears(41), hamlet);
        long duplicate = registry.person("Châu Thị Hai", TODAY.minusYears(41), hamlet);
        registry.hold(kept, branch, "HPN_CHI_HOI_TRUONG", LocalDate.of(2022, 1, 1), "ELECTED");
        long course = course(admin(), chapter("HPN", COMMUNE), TODAY, TODAY, "HPN_CHI_HOI_TRUONG").json()
                .getJsonNumber("id").longValue();
        long own = enrol(admin(), course, kept, false).json().getJsonNumber("id").longValue();
        long other = enrol(admin(), course, duplicate, true).json().getJsonNumber("id").longValue();
        assertEquals(200, result(admin(), other, "true", "9", "true", "\"Tôi sẽ họp chi hội theo chuyên đề\"").status());
        assertEquals(200, result(admin(), own, "true", "6", "false", null).status());

        Api.Reply merged = admin().post(API + "/persons/" + kept + "/merge",
                "{\"mergedId\": %d, \"reason\": \"trùng hồ sơ\"}".formatted(duplicate));
        assertEquals(200, merged.status(), merged.body());
        JsonArray trainings = (JsonArray) admin().get(API + "/enrolments?personId=" + kept).structure();
        assertEquals(1, trainings.size(), "one course entered twice is one enrolment: " + trainings);
        JsonObject joined = trainings.getJsonObject(0);
        assertTrue(joined.getBoolean("completed"), "the better result: " + joined);
        assertEquals(0, new BigDecimal("9").compareTo(joined.getJsonNumber("score").bigDecimalValue()));
        assertEquals(1L, count("SELECT COUNT(*) FROM training_completion WHERE person_id = ? AND completed_year = ?",
                kept, TODAY.getYear()), "the completion the coverage reads follows the kept record");
        assertEquals(0L, count("SELECT COUNT(*) FROM training_completion WHERE person_id = ?", duplicate));
        Api.Reply file = admin().post(API + "/persons/" + kept + "/subject-access", "{\"reason\": \"bà Hai yêu cầu\"}");
        assertEquals(200, file.status(), file.body());
        assertEquals(1, file.json().getJsonObject("records").getJsonArray("trainings").size(), file.body());

        assertEquals(200, admin().post(API + "/persons/" + kept + "/anonymise", "{\"reason\": \"hết thời hạn\"}").status());
        JsonObject after = ((JsonArray) admin().get(API + "/enrolments?personId=" + kept).structure()).getJsonObject(0);
        assertTrue(after.getBoolean("completed"), "the result stays for the coverage");
        assertTrue(!after.containsKey("reflection") || after.isNull("reflection"), "her words go: " + after);
    }

    @Test
    void aYearlyPlanIsCarriedOutByItsCourses() throws SQLException {
        long branch = registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet);
        int year = TODAY.getYear();
        String title = "Kế hoạch bồi dưỡng cán bộ chi hội năm " + year + " " + Deployments.uniqueLetters();
        Api.Reply planned = admin().post(API + "/training-plans", """
                {"organiserUnitId": %d, "year": %d, "title": "%s", "decision": "KH 03-KH/HND",
                 "plannedCourses": 2, "plannedTrainees": 10}""".formatted(branch, year, title));
        assertEquals(201, planned.status(), planned.body());
        long plan = planned.json().getJsonNumber("id").longValue();
        assertTrue(planned.header("Location").endsWith("/training-plans/" + plan), planned.header("Location"));
        assertEquals(409, admin().post(API + "/training-plans", """
                {"organiserUnitId": %d, "year": %d, "title": "%s"}""".formatted(branch, year, title)).status(),
                "one plan of a title a year");
        Api.Reply everyMistake = admin().post(API + "/training-plans", """
                {"year": 1990, "title": "  ", "plannedCourses": 0, "decision": "%s"}""".formatted("Ấ".repeat(101)));
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("organiserUnitId", "year", "title", "plannedCourses", "decision"), everyMistake.fields());

        Api.Reply course = admin().post(API + "/courses", """
                {"title": "Tập huấn chi hội trưởng nông dân", "organiserUnitId": %d, "from": "%s", "to": "%s",
                 "mode": "IN_PERSON", "planId": %d}""".formatted(branch, TODAY, TODAY, plan));
        assertEquals(201, course.status(), course.body());
        assertEquals(title, course.json().getString("planTitle"));
        long courseId = course.json().getJsonNumber("id").longValue();
        Api.Reply lastYear = admin().post(API + "/courses", """
                {"title": "Tập huấn năm trước", "organiserUnitId": %d, "from": "%s", "to": "%s", "mode": "ONLINE",
                 "planId": %d}""".formatted(branch, TODAY.minusYears(1), TODAY.minusYears(1), plan));
        assertEquals(400, lastYear.status(), lastYear.body());
        assertEquals(Set.of("planId"), lastYear.fields(), "a course belongs to the year it ends in");
        Api.Reply otherUnit = admin().post(API + "/courses", """
                {"title": "Tập huấn của xã", "organiserUnitId": %d, "from": "%s", "to": "%s", "mode": "ONLINE",
                 "planId": %d}""".formatted(chapter("HND", COMMUNE), TODAY, TODAY, plan));
        assertEquals(Set.of("planId"), otherUnit.fields(), "a plan is carried out by its own unit's courses");

        long first = registry.person("Hà Văn Một", TODAY.minusYears(40), hamlet);
        long second = registry.person("Hà Văn Hai", TODAY.minusYears(35), hamlet);
        long enrolment = enrol(admin(), courseId, first, true).json().getJsonNumber("id").longValue();
        assertEquals(201, enrol(admin(), courseId, second, true).status());
        assertEquals(200, result(admin(), enrolment, "true", "9", "true", null).status());
        JsonObject progress = admin().get(API + "/training-plans/" + plan).json();
        Object[] byHand = Sql.row("SELECT COUNT(DISTINCT c.id), COUNT(DISTINCT e.person_id), COUNT(DISTINCT CASE WHEN"
                + " e.completed THEN e.person_id END) FROM course c LEFT JOIN enrolment e ON e.course_id = c.id"
                + " WHERE c.plan_id = ?", plan);
        assertEquals(List.of(1L, 2L, 1L), List.of(((Number) byHand[0]).longValue(), ((Number) byHand[1]).longValue(),
                ((Number) byHand[2]).longValue()));
        assertEquals(List.of(1L, 2L, 1L), List.of(progress.getJsonNumber("courses").longValue(),
                progress.getJsonNumber("trainees").longValue(), progress.getJsonNumber("completed").longValue()));

        Api communeStaff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertTrue(communeStaff.get(API + "/training-plans?year=" + year).body().contains(title));
        Api otherCommune = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/training-plans/" + plan).status());
        assertFalse(otherCommune.get(API + "/training-plans?year=" + year).body().contains(title));
        assertEquals(400, otherCommune.post(API + "/training-plans", """
                {"organiserUnitId": %d, "year": %d, "title": "Kế hoạch khác"}""".formatted(branch, year)).status(),
                "another commune's unit does not plan here");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/training-plans/" + plan).status());
        assertEquals(403, auditor.post(API + "/training-plans", """
                {"organiserUnitId": %d, "year": %d, "title": "Kế hoạch của kiểm toán"}""".formatted(branch, year)).status());
    }

    // ------------------------------------------------------------------------------------------

    private long chapter(String organisation, String unit) {
        return admin().get(API + "/org-units?organisation=" + organisation + "&adminUnit=" + unit + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static Api.Reply course(Api api, long organiser, LocalDate from, LocalDate to, String post) {
        return api.post(API + "/courses", """
                {"title": "Tập huấn nghiệp vụ chi hội trưởng %s", "organiserUnitId": %d, "from": "%s", "to": "%s",
                 "mode": "IN_PERSON", "venue": "Hội trường xã", "programme": "KH 12-KH/HPN", "targetPosts": ["%s"],
                 "topics": [{"title": "Kỹ năng tổ chức sinh hoạt chi hội", "compulsory": true},
                            {"title": "Chuyển đổi số trong công tác hội", "compulsory": false}]}"""
                .formatted(Deployments.uniqueLetters(), organiser, from, to, post));
    }

    private static Api.Reply enrol(Api api, long course, long person, boolean outsideTarget) {
        return api.post(API + "/courses/" + course + "/enrolments",
                "{\"personId\": %d, \"outsideTarget\": %s}".formatted(person, outsideTarget));
    }

    private static Api.Reply result(Api api, long enrolment, String attended, String score, String completed,
                                    String reflection) {
        return api.post(API + "/enrolments/" + enrolment + "/result",
                "{\"attended\": %s, \"score\": %s, \"completed\": %s, \"reflection\": %s}"
                        .formatted(attended, score, completed, reflection));
    }

    private static JsonArray enrolments(Api api, long course) {
        return (JsonArray) api.get(API + "/courses/" + course + "/enrolments").structure();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }
    /** A meeting of the branch, its roll called with those persons present when given. */
    private void meeting(long branch, String type, String heldOn, List<Long> present) {
        Api.Reply recorded = admin().post(API + "/meetings", """
                {"orgUnitId": %d, "type": "%s", "heldOn": "%s"}""".formatted(branch, type, heldOn));
        assertEquals(201, recorded.status(), recorded.body());
        if (present != null) {
            String lines = present.stream().map(p -> "{\"personId\": %d, \"state\": \"PRESENT\"}".formatted(p))
                    .collect(Collectors.joining(", "));
            Api.Reply roll = admin().put(API + "/meetings/" + recorded.json().getJsonNumber("id") + "/attendance",
                    "[" + lines + "]");
            assertEquals(200, roll.status(), roll.body());
        }
    }

    private static String meetings(JsonObject held) {
        return held.getInt("held") + " " + (held.isNull("averageAttendance") ? "null"
                : held.getJsonNumber("averageAttendance").bigDecimalValue().toPlainString());
    }
}
