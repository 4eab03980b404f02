package vn.doanthe.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * Branch meetings over the API: the rules loaded as data, a meeting recorded with text as offices
 * paste it, the roll call taken from the branch's members of the day (those working away apart),
 * the attendance checked against hand-written SQL, and the same endpoints walked as a commune's
 * STAFF, another commune's STAFF, an officer of another organisation, a commune ADMIN and an AUDITOR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theRulesAreDataAndOnlyAnAdministratorOfTheWholeInstallationChangesThem() {
        Map<String, String> youth = cadences(admin().get(API + "/meeting-rules?organisation=DTN").structure()
                .asJsonArray().getValuesAs(JsonObject.class));
        assertEquals("MONTHLY", youth.get("CHI_DOAN"), youth.toString());
        List<JsonObject> women = admin().get(API + "/meeting-rules?organisation=HPN").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals("QUARTERLY", cadences(women).get("CHI_HOI"));
        assertEquals(0, women.get(0).getJsonNumber("minAttendance").bigDecimalValue().compareTo(new java.math.BigDecimal("0.5")));
        for (String organisation : List.of("HND", "CCB", "NCT")) {
            assertEquals("QUARTERLY", cadences(admin().get(API + "/meeting-rules?organisation=" + organisation)
                    .structure().asJsonArray().getValuesAs(JsonObject.class)).get("CHI_HOI"), organisation);
        }
        Api.Reply unknown = admin().get(API + "/meeting-rules?organisation=KHONG");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals(Set.of("organisation"), unknown.fields());

        JsonObject elderly = admin().get(API + "/meeting-rules?organisation=NCT").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("unitType").equals("CHI_HOI"))
                .findFirst().orElseThrow();
        String rule = API + "/meeting-rules/" + elderly.getJsonNumber("id").longValue();
        Api.Reply wrong = admin().put(rule, "{\"cadence\": \"MONTHLY\", \"fixedDay\": 31, \"minAttendance\": 1.5}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("fixedDay", "minAttendance"), wrong.fields(), "every mistake at once");
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        String change = "{\"cadence\": \"MONTHLY\", \"fixedDay\": 15, \"minAttendance\": 0.6}";
        assertEquals(403, staff.put(rule, change).status());
        assertEquals(403, communeAdmin.put(rule, change).status(), "a rule holds for every unit of its type");
        assertEquals(403, auditor.put(rule, change).status());
        assertEquals(200, auditor.get(API + "/meeting-rules").status());
        JsonObject changed = admin().put(rule, change).json();
        assertEquals("MONTHLY", changed.getString("cadence"));
        assertEquals(15, changed.getInt("fixedDay"));
        JsonObject restored = admin().put(rule, "{\"cadence\": \"QUARTERLY\", \"minAttendance\": 0.5}").json();
        assertFalse(restored.containsKey("fixedDay") && !restored.isNull("fixedDay"), restored.toString());
    }

    @Test
    void aMeetingsAttendanceIsCountedOnTheBranchsRollOfTheDay() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Sinh Hoạt " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long otherBranch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        LocalDate heldOn = TODAY.minusDays(10);
        long an = member(registry, "Nguyễn Thị " + word + " An", hamlet, branch, "2015-01-01");
        long binh = member(registry, "Trần Thị " + word + " Bình", hamlet, branch, "2015-01-01");
        long chi = member(registry, "Lê Thị " + word + " Chi", hamlet, branch, "2015-01-01");
        long dung = member(registry, "Phạm Thị " + word + " Dung", hamlet, branch, "2015-01-01");
        long em = member(registry, "Võ Thị " + word + " Em", hamlet, branch, "2015-01-01");
        Api.Reply away = admin().post(API + "/memberships/" + membership(em) + "/status", """
                {"status": "AWAY", "day": "%s", "awayPlace": "Bình Dương", "awayContact": "0903 123 456"}"""
                .formatted(TODAY.minusDays(60)));
        assertEquals(200, away.status(), away.body());
        long late = member(registry, "Đỗ Thị " + word + " Giang", hamlet, branch, TODAY.toString()); // joined after
        long elsewhere = member(registry, "Hồ Thị " + word + " Hoa", hamlet, otherBranch, "2015-01-01");

        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        // Every mistake at once: no branch, a day after today, a place too long.
        Api.Reply wrong = staff.post(API + "/meetings", """
                {"type": "REGULAR", "heldOn": "%s", "place": "%s"}""".formatted(TODAY.plusDays(1), "x".repeat(301)));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("orgUnitId", "heldOn", "place"), wrong.fields());
        assertEquals(0L, count("SELECT COUNT(*) FROM meeting WHERE org_unit_id = ?", branch), "nothing written");

        // Text as offices paste it from Word: no-break spaces, a soft hyphen, a zero-width space, Windows line breaks.
        Api.Reply recorded = staff.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "plannedOn": "%s", "heldOn": "%s",
                 "place": "Nhà\\u00a0văn hoá ấp\\u00a0 ", "chair": "Nguyễn Thị An", "secretary": "Lê Thị Chi",
                 "guests": "Đ/c Bí thư chi bộ; ông 王小明 (khách)",
                 "agenda": ["Triển khai Chỉ\\u00adthị 26", " ", "Thu hội\\u200b phí quý IV"]}"""
                .formatted(branch, heldOn.minusDays(2), heldOn));
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject meeting = recorded.json();
        long id = meeting.getJsonNumber("id").longValue();
        assertEquals("Nhà văn hoá ấp", meeting.getString("place"));
        assertEquals(List.of("Triển khai Chỉthị 26", "Thu hội phí quý IV"), meeting.getJsonArray("agenda")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "invisible characters gone, the blank item dropped");
        assertTrue(meeting.getString("guests").contains("王小明"));

        // The roll of the day: four active members expected, the one working away listed apart with her contact.
        JsonObject read = staff.get(API + "/meetings/" + id).json();
        assertEquals(4, read.getInt("expected"));
        assertEquals(1, read.getInt("away"));
        List<JsonObject> roll = read.getJsonArray("roll").getValuesAs(JsonObject.class);
        assertEquals(List.of(an, binh, chi, dung, em), roll.stream().map(r -> r.getJsonNumber("personId").longValue())
                .toList(), "by given name: An, Bình, Chi, Dung, Em");
        JsonObject emOnRoll = roll.get(4);
        assertTrue(emOnRoll.getBoolean("away"));
        assertEquals("0903 123 456", emOnRoll.getString("awayContact"));

        // Not members that day: refused together, naming personId; nothing of the roll call is written.
        Api.Reply strangers = staff.put(API + "/meetings/" + id + "/attendance", """
                [{"personId": %d, "state": "PRESENT"}, {"personId": %d, "state": "PRESENT"},
                 {"personId": %d, "state": "ABSENT"}]""".formatted(an, late, elsewhere));
        assertEquals(400, strangers.status(), strangers.body());
        assertEquals(Set.of("personId"), strangers.fields());
        assertTrue(strangers.body().contains(Long.toString(late)) && strangers.body().contains(Long.toString(elsewhere))
                && !strangers.body().contains(Long.toString(an) + ","), strangers.body());
        assertEquals(0L, count("SELECT COUNT(*) FROM meeting_attendance WHERE meeting_id = ?", id));
        Api.Reply badState = staff.put(API + "/meetings/" + id + "/attendance", """
                [{"personId": %d, "state": "LATE"}, null]""".formatted(an));
        assertEquals(400, badState.status(), badState.body());
        Api.Reply notAList = staff.put(API + "/meetings/" + id + "/attendance", "{\"personId\": 1}");
        assertEquals(400, notAList.status(), notAList.body());

        JsonObject taken = staff.put(API + "/meetings/" + id + "/attendance", """
                [{"personId": %d, "state": "PRESENT"}, {"personId": %d, "state": "PRESENT"},
                 {"personId": %d, "state": "EXCUSED"}, {"personId": %d, "state": "PRESENT"}]"""
                .formatted(an, binh, chi, em)).json();
        assertEquals(4, taken.getInt("expected"));
        assertEquals(2, taken.getInt("present"));
        assertEquals(1, taken.getInt("excused"));
        assertEquals(1, taken.getInt("absent"), "Dung, not called, counts as absent");
        assertEquals(1, taken.getInt("away"));
        assertEquals(1, taken.getInt("awayPresent"), "Em came home for it: listed, not counted in the rate");
        assertEquals("0.5000", taken.getJsonNumber("attendanceRate").bigDecimalValue().toPlainString());
        assertFalse(taken.getBoolean("belowMinimum"), "half the members is the charter's minimum");

        // The same figures by hand, from the periods and the roll call.
        Object[] hand = Sql.row("""
                SELECT SUM(p.status = 'ACTIVE'), SUM(p.status = 'ACTIVE' AND a.state = 'PRESENT'),
                       SUM(p.status = 'AWAY')
                  FROM membership_period p JOIN membership m ON m.id = p.membership_id
                  LEFT JOIN meeting_attendance a ON a.meeting_id = ? AND a.person_id = m.person_id
                 WHERE p.org_unit_id = ? AND p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?)""",
                id, branch, heldOn, heldOn);
        assertEquals(List.of(4L, 2L, 1L), java.util.Arrays.stream(hand).map(v -> ((Number) v).longValue()).toList());

        List<JsonObject> year = staff.get(API + "/meetings?orgUnitId=" + branch + "&year=" + heldOn.getYear()).structure()
                .asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(id), year.stream().map(m -> m.getJsonNumber("id").longValue()).toList());
        assertEquals(2, year.get(0).getInt("present"));

        // Two officers take the roll at once: one wins whole, the other is told to reload; never a mix.
        String first = "[{\"personId\": %d, \"state\": \"ABSENT\"}]".formatted(an);
        String second = "[{\"personId\": %d, \"state\": \"PRESENT\"}, {\"personId\": %d, \"state\": \"PRESENT\"}]"
                .formatted(an, dung);
        Api colleague = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        List<Integer> statuses = concurrently(List.of(() -> staff.put(API + "/meetings/" + id + "/attendance", first),
                () -> colleague.put(API + "/meetings/" + id + "/attendance", second)));
        assertTrue(statuses.contains(200) && statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        Set<String> lines = Sql.column("SELECT CONCAT(person_id, '=', state) FROM meeting_attendance WHERE meeting_id = ?",
                id).stream().map(Object::toString).collect(Collectors.toSet());
        assertTrue(lines.equals(Set.of(an + "=ABSENT")) || lines.equals(Set.of(an + "=PRESENT", dung + "=PRESENT")),
                lines.toString());

        // A correction of the registry reaches the kept figures in the same command: Dung paused before the day.
        Api.Reply paused = admin().post(API + "/memberships/" + membership(dung) + "/status",
                "{\"status\": \"PAUSED\", \"day\": \"%s\"}".formatted(heldOn.minusDays(5)));
        assertEquals(200, paused.status(), paused.body());
        JsonObject corrected = staff.get(API + "/meetings/" + id).json();
        assertEquals(3, corrected.getInt("expected"), corrected.toString());
        assertEquals(Set.of(3L), Set.copyOf(Sql.column("""
                SELECT COUNT(*) FROM membership_period p WHERE p.org_unit_id = ? AND p.status = 'ACTIVE'
                   AND p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?)""", branch, heldOn, heldOn)
                .stream().map(v -> ((Number) v).longValue()).toList()));

        // Scope: another commune and another organisation see nothing; an auditor reads but writes nothing.
        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertEquals(404, other.get(API + "/meetings/" + id).status());
        assertEquals(404, other.put(API + "/meetings/" + id + "/attendance", first).status());
        Api.Reply foreign = other.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, heldOn));
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals(Set.of("orgUnitId"), foreign.fields());
        assertEquals(400, other.get(API + "/meetings?orgUnitId=" + branch).status());
        Api farmers = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertEquals(404, farmers.get(API + "/meetings/" + id).status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/meetings/" + id).status());
        assertEquals(403, auditor.put(API + "/meetings/" + id + "/attendance", first).status());
        assertEquals(403, auditor.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, heldOn)).status());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api.Reply byAdmin = communeAdmin.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "THEMATIC", "heldOn": "2025-03-01"}""".formatted(branch));
        assertEquals(201, byAdmin.status(), byAdmin.body());
        assertEquals(1, staff.get(API + "/meetings?orgUnitId=" + branch + "&year=2025").structure().asJsonArray().size(),
                "a meeting of another year is listed under its year");
        assertTrue(count("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Meeting' AND entity_id = ?", id) >= 2,
                "recorded and the roll call taken, in the audit trail");
    }

    @Test
    void aDirectivePresentedInAMeetingIsNamedByIt() {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Tuyên Truyền " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long neighbour = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long directive = admin().post(API + "/directives", """
                {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s", "title": "Chỉ thị %s"}"""
                .formatted(Deployments.unique(), TODAY, word)).json().getJsonNumber("id").longValue();
        long draft = admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Điểm chính\"}").json()
                .getJsonNumber("id").longValue();
        admin().post(API + "/summaries/" + draft + "/submit", "");
        long summary = admin().post(API + "/summaries/" + draft + "/approve", "").json().getJsonNumber("id").longValue();
        Api.Reply issued = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "REGULAR_MEETING"}""".formatted(directive, summary, hamlet, TODAY.plusDays(10)));
        assertEquals(201, issued.status(), issued.body());
        long campaign = issued.json().getJsonNumber("id").longValue();
        String session = """
                {"orgUnitId": %d, "heldOn": "%s", "presenter": "Bà Báo Cáo Viên", "attendees": [], "othersPresent": 0}""";
        long ours = admin().post(API + "/campaigns/" + campaign + "/sessions", session.formatted(branch, TODAY)).json()
                .getJsonNumber("id").longValue();
        long theirs = admin().post(API + "/campaigns/" + campaign + "/sessions", session.formatted(neighbour, TODAY)).json()
                .getJsonNumber("id").longValue();

        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        String meeting = """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, TODAY);
        long id = staff.post(API + "/meetings", meeting).json().getJsonNumber("id").longValue();
        Api.Reply elsewhere = staff.post(API + "/meetings/" + id + "/sessions", "{\"sessionId\": " + theirs + "}");
        assertEquals(400, elsewhere.status(), elsewhere.body());
        assertEquals(Set.of("sessionId"), elsewhere.fields(), "another branch's session");
        JsonObject held = staff.post(API + "/meetings/" + id + "/sessions", "{\"sessionId\": " + ours + "}").json();
        List<JsonObject> sessions = held.getJsonArray("directiveSessions").getValuesAs(JsonObject.class);
        assertEquals(List.of(ours), sessions.stream().map(x -> x.getJsonNumber("sessionId").longValue()).toList());
        assertEquals("Chỉ thị " + word, sessions.get(0).getString("title"));
        assertEquals(200, staff.post(API + "/meetings/" + id + "/sessions", "{\"sessionId\": " + ours + "}").status(),
                "named again: nothing changes");
        long second = staff.post(API + "/meetings", meeting).json().getJsonNumber("id").longValue();
        assertEquals(409, staff.post(API + "/meetings/" + second + "/sessions", "{\"sessionId\": " + ours + "}").status(),
                "a session is held in one meeting");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(403, auditor.post(API + "/meetings/" + second + "/sessions", "{\"sessionId\": " + ours + "}").status());
    }

    @Test
    void theYearsFiguresFollowEachBranchsCadence() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Thống Kê " + word, COMMUNE);
        int year = TODAY.getYear() - 1; // a year gone: every period is due
        long women = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01"); // quarterly
        long youth = registry.newUnit("DTN", "CHI_DOAN", COMMUNE, hamlet, "2015-01-01"); // monthly
        long lan = member(registry, "Nguyễn Thị " + word + " Lan", hamlet, women, "2015-01-01");
        long mai = member(registry, "Trần Thị " + word + " Mai", hamlet, women, "2015-01-01");
        // Women: the first, second and fourth quarters kept (an extraordinary meeting keeps none); the
        // roll called twice (1 of 2, then 0 of 2), the other meetings without one.
        long february = meeting(women, "REGULAR", year + "-02-10");
        long may = meeting(women, "REGULAR", year + "-05-12");
        meeting(women, "REGULAR", year + "-05-26");
        meeting(women, "EXTRAORDINARY", year + "-08-03");
        meeting(women, "THEMATIC", year + "-11-20");
        roll(february, "[{\"personId\": %d, \"state\": \"PRESENT\"}, {\"personId\": %d, \"state\": \"ABSENT\"}]"
                .formatted(lan, mai));
        roll(may, "[]");
        // Youth: January to June.
        for (int month = 1; month <= 6; month++) {
            meeting(youth, "REGULAR", "%d-%02d-15".formatted(year, month));
        }

        JsonObject stats = admin().get(API + "/stats/meetings?unit=" + hamlet + "&year=" + year).json();
        assertEquals(2, stats.getInt("branches"));
        assertEquals(4 + 12, stats.getInt("expected"));
        assertEquals(3 + 6, stats.getInt("held"));
        assertEquals(1 + 6, stats.getInt("missing"));
        assertEquals("0.2500", stats.getJsonNumber("averageAttendance").bigDecimalValue().toPlainString(),
                "the mean of 1/2 and 0/2; meetings without a roll call have no rate");
        assertEquals(1, stats.getInt("belowThreshold"), "the women's branch, under half");
        // The same by hand: periods kept, and the rates of the meetings whose roll was called.
        assertEquals(3L, count("""
                SELECT COUNT(DISTINCT QUARTER(held_on)) FROM meeting WHERE org_unit_id = ? AND YEAR(held_on) = ?
                   AND type IN ('REGULAR', 'THEMATIC')""", women, year));
        assertEquals(6L, count("""
                SELECT COUNT(DISTINCT MONTH(held_on)) FROM meeting WHERE org_unit_id = ? AND YEAR(held_on) = ?
                   AND type IN ('REGULAR', 'THEMATIC')""", youth, year));
        assertEquals(0, new java.math.BigDecimal("0.25").compareTo((java.math.BigDecimal) Sql.row("""
                SELECT AVG(present / expected) FROM meeting WHERE org_unit_id = ? AND roll_taken_at IS NOT NULL
                   AND expected > 0""", women)[0]));
        // A correction of the registry reaches the year's sums in the same command: Mai paused before February.
        Api.Reply paused = admin().post(API + "/memberships/" + membership(mai) + "/status",
                "{\"status\": \"PAUSED\", \"day\": \"%d-01-20\"}".formatted(year));
        assertEquals(200, paused.status(), paused.body());
        assertEquals("0.5000", admin().get(API + "/stats/meetings?unit=" + hamlet + "&year=" + year).json()
                .getJsonNumber("averageAttendance").bigDecimalValue().toPlainString(), "the mean of 1/1 and 0/1");
        assertBranchYearsAreTheirMeetingsSummed();

        // The calendars: each period as it stands, the meetings held in it; the missing ones flagged above.
        JsonObject womenYear = admin().get(API + "/meetings/calendar?orgUnitId=" + women + "&year=" + year).json();
        assertEquals(List.of("HELD", "HELD", "MISSING", "HELD"), womenYear.getJsonArray("periods")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("state")).toList(),
                "the third quarter had only an extraordinary meeting");
        assertEquals(2, womenYear.getJsonArray("periods").getJsonObject(1).getJsonArray("meetings").size());
        assertEquals(List.of(4, 3), List.of(womenYear.getInt("owed"), womenYear.getInt("kept")));
        JsonObject youthYear = admin().get(API + "/meetings/calendar?orgUnitId=" + youth + "&year=" + year).json();
        assertEquals(12, youthYear.getJsonArray("periods").size());
        assertEquals(6L, youthYear.getJsonArray("periods").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("state").equals("MISSING")).count());
        List<JsonObject> thisYearsPeriods = admin().get(API + "/meetings/calendar?orgUnitId=" + women).json()
                .getJsonArray("periods").getValuesAs(JsonObject.class);
        for (JsonObject period : thisYearsPeriods) {
            LocalDate from = LocalDate.parse(period.getString("from"));
            LocalDate to = LocalDate.parse(period.getString("to"));
            String expected = to.isBefore(TODAY) ? "MISSING" : from.isAfter(TODAY) ? "UPCOMING" : "OPEN";
            assertEquals(expected, period.getString("state"), period.toString());
        }
        List<JsonObject> missing = admin().get(API + "/stats/meetings/missing?unit=" + hamlet + "&year=" + year).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(youth + " 6 " + year + "-06-15", women + " 1 " + year + "-11-20"), missing.stream()
                .map(m -> m.getJsonNumber("orgUnitId") + " " + m.getInt("missing") + " " + m.getString("lastHeldOn"))
                .toList(), "most missed first, each with the day it last met");
        Api.Download report = admin().download(API + "/stats/meetings/xlsx?unit=" + hamlet + "&year=" + year);
        assertEquals(200, report.status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(report.body()))) {
            var sheet = book.getSheetAt(0);
            assertEquals(List.of(16.0, 9.0, 7.0), List.of(sheet.getRow(1).getCell(3).getNumericCellValue(),
                    sheet.getRow(1).getCell(4).getNumericCellValue(), sheet.getRow(1).getCell(5).getNumericCellValue()),
                    "the hamlet's total (it has no unit below)");
            assertEquals(6.0, sheet.getRow(5).getCell(2).getNumericCellValue(), "the youth branch missed six months");
            assertEquals(6, sheet.getLastRowNum(), "the total, a blank, a title, a heading and the two branches");
        }
        long chapter = admin().get(API + "/org-units?organisation=HPN&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(Set.of("orgUnitId"), admin().get(API + "/meetings/calendar?orgUnitId=" + chapter).fields(),
                "the commune's committee keeps no schedule");

        JsonObject youthOnly = admin().get(API + "/stats/meetings?unit=" + hamlet + "&organisation=DTN&year=" + year).json();
        assertEquals(List.of(1, 12, 6), List.of(youthOnly.getInt("branches"), youthOnly.getInt("expected"),
                youthOnly.getInt("held")));
        JsonObject commune = admin().get(API + "/stats/meetings?unit=" + COMMUNE + "&year=" + year).json();
        JsonObject ours = commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow();
        assertEquals(List.of(16, 9, 7), List.of(ours.getInt("expected"), ours.getInt("held"), ours.getInt("missing")),
                "the hamlet's row under the commune");
        JsonObject thisYear = admin().get(API + "/stats/meetings?unit=" + hamlet).json();
        assertEquals(0, thisYear.getInt("held"), "this year's figures by default: none held yet");

        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertEquals(404, other.get(API + "/stats/meetings?unit=" + hamlet + "&year=" + year).status());
        assertEquals(404, other.get(API + "/stats/meetings/missing?unit=" + hamlet + "&year=" + year).status());
        assertEquals(Set.of("orgUnitId"), other.get(API + "/meetings/calendar?orgUnitId=" + women).fields());
        Api farmers = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        JsonObject theirs = farmers.get(API + "/stats/meetings?unit=" + hamlet + "&year=" + year).json();
        assertEquals(0, theirs.getInt("branches"), "the farmers' officer counts only the farmers' branches");
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        assertEquals(COMMUNE, staff.get(API + "/stats/meetings?year=" + year).json().getString("unit"),
                "without a unit: the officer's own");
        Api.Reply noUnit = admin().get(API + "/stats/meetings?year=" + year);
        assertEquals(400, noUnit.status(), "the whole installation names no unit of its own");
        assertEquals(Set.of("unit"), noUnit.fields());
        Api.Reply before = admin().post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "2014-12-31"}""".formatted(women));
        assertEquals(Set.of("heldOn"), before.fields(), "before the branch was established");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/stats/meetings?unit=" + hamlet + "&year=" + year).status());
    }

    @Test
    void theMinutesAreWrittenThenAdoptedAndTheMeetingNoLongerChanges() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Biên Bản " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long lan = member(registry, "Nguyễn Thị " + word + " Lan", hamlet, branch, "2015-01-01");
        long mai = member(registry, "Trần Thị " + word + " Mai", hamlet, branch, "2015-01-01");
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        long id = staff.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s", "place": "Nhà bà Lan", "agenda": ["Thu hội phí"]}"""
                .formatted(branch, TODAY.minusDays(1))).json().getJsonNumber("id").longValue();
        assertEquals(200, staff.put(API + "/meetings/" + id + "/attendance", """
                [{"personId": %d, "state": "PRESENT"}, {"personId": %d, "state": "EXCUSED"}]""".formatted(lan, mai))
                .status());

        // Every mistake at once: a conclusion without words, more votes than the one member present,
        // a task due before the meeting, dues below zero.
        Api.Reply wrong = staff.put(API + "/meetings/" + id + "/minutes", """
                {"discussion": "Bàn bạc", "conclusions": [{"text": "  "}, {"text": "Tổng vệ sinh", "votesFor": 2}],
                 "tasks": [{"text": "Dọn đường", "dueOn": "%s"}], "duesCollected": -5}""".formatted(TODAY.minusDays(30)));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("conclusions[0].text", "conclusions[1].votesFor", "tasks[0].dueOn", "duesCollected"),
                wrong.fields());
        JsonObject written = staff.put(API + "/meetings/" + id + "/minutes", """
                {"discussion": "Chị Lan nêu ý kiến về vệ sinh môi trường.\\r\\n\\r\\n\\r\\nCả chi hội thống nhất.",
                 "conclusions": [{"text": "Tổng vệ sinh ấp vào Chủ nhật", "votesFor": 1, "votesAgainst": 0, "abstentions": 0}],
                 "tasks": [{"text": "Vận động hội viên tham gia", "owner": "Chi hội trưởng", "dueOn": "%s"}],
                 "duesCollected": 240000}""".formatted(TODAY.plusDays(7))).json();
        assertEquals("Chị Lan nêu ý kiến về vệ sinh môi trường.\n\nCả chi hội thống nhất.", written.getString("discussion"),
                "Windows line breaks kept as paragraphs");
        assertEquals(240000, written.getInt("duesCollected"));

        Api.Download print = staff.download(API + "/meetings/" + id + "/minutes/pdf");
        assertEquals(200, print.status());
        assertEquals("%PDF", new String(print.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(403, auditor.post(API + "/meetings/" + id + "/adopt", "").status());
        JsonObject adopted = staff.post(API + "/meetings/" + id + "/adopt", "").json();
        assertTrue(adopted.containsKey("adoptedAt"), adopted.toString());
        assertEquals(409, staff.put(API + "/meetings/" + id + "/minutes", "{\"discussion\": \"sửa\"}").status());
        assertEquals(409, staff.put(API + "/meetings/" + id + "/attendance", "[]").status());
        assertEquals(409, staff.post(API + "/meetings/" + id + "/adopt", "").status());
        JsonObject read = auditor.get(API + "/meetings/" + id).json();
        assertTrue(read.getBoolean("adopted"));
        assertEquals("Tổng vệ sinh ấp vào Chủ nhật", read.getJsonObject("minutes").getJsonArray("conclusions")
                .getJsonObject(0).getString("text"));

        long unrolled = staff.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "THEMATIC", "heldOn": "%s"}""".formatted(branch, TODAY)).json()
                .getJsonNumber("id").longValue();
        Api.Reply early = staff.post(API + "/meetings/" + unrolled + "/adopt", "");
        assertEquals(Set.of("attendance"), early.fields(), "the roll call comes before adoption");

        // The next meeting follows up the task of the adopted minutes.
        JsonObject next = staff.get(API + "/meetings/" + unrolled).json();
        List<JsonObject> toFollow = next.getJsonArray("tasksToFollow").getValuesAs(JsonObject.class);
        assertEquals(List.of("Vận động hội viên tham gia"), toFollow.stream().map(t -> t.getString("text")).toList());
        assertFalse(next.getJsonObject("quality").getBoolean("tasksFollowedUp"));
        Api.Reply unknownTask = staff.put(API + "/meetings/" + unrolled + "/follow-ups", """
                [{"meetingId": %d, "position": 7, "done": true}]""".formatted(id));
        assertEquals(400, unknownTask.status(), unknownTask.body());
        assertEquals(Set.of("meetingId"), unknownTask.fields());
        Api.Reply followed = staff.put(API + "/meetings/" + unrolled + "/follow-ups", """
                [{"meetingId": %d, "position": 0, "done": true, "note": "Đã có 15 hội viên tham gia"}]""".formatted(id));
        assertEquals(200, followed.status(), followed.body());
        JsonObject after = staff.get(API + "/meetings/" + unrolled).json();
        assertTrue(after.getJsonObject("quality").getBoolean("tasksFollowedUp"), after.toString());
        assertTrue(after.getJsonArray("tasksToFollow").getJsonObject(0).getBoolean("done"));
        long third = staff.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, TODAY)).json()
                .getJsonNumber("id").longValue();
        assertEquals(0, staff.get(API + "/meetings/" + third).json().getJsonArray("tasksToFollow").size(),
                "a task found done is not followed up again");
        assertBranchYearsAreTheirMeetingsSummed(); // the dues the minutes recorded among them
    }

    @Test
    void aCommuneCadreSupervisesMeetingsAndTheReportSaysWhoIsBehind() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Phụ Trách " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        long chapter = admin().get(API + "/org-units?organisation=HPN&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long cadre = registry.person("Lê Thị " + word + " Hạnh", hamlet);
        registry.hold(cadre, chapter, "HPN_UY_VIEN_XA", TODAY.minusYears(1), "ELECTED");
        long plain = registry.person("Võ Thị " + word + " Thường", hamlet);
        int year = TODAY.getYear();
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());

        Api.Reply notACadre = staff.post(API + "/supervisions", """
                {"personId": %d, "orgUnitId": %d, "year": %d}""".formatted(plain, branch, year));
        assertEquals(400, notACadre.status(), notACadre.body());
        assertEquals(Set.of("personId"), notACadre.fields());
        Api.Reply wrong = staff.post(API + "/supervisions", """
                {"personId": %d, "year": 1990, "required": -1}""".formatted(cadre));
        assertEquals(Set.of("orgUnitId", "year", "required"), wrong.fields(), "every mistake at once");
        Api.Reply assigned = staff.post(API + "/supervisions", """
                {"personId": %d, "orgUnitId": %d, "year": %d}""".formatted(cadre, branch, year));
        assertEquals(201, assigned.status(), assigned.body());
        assertEquals(6, assigned.json().getInt("required"), "a commune cadre: six meetings a year, as the regulation sets");
        assertEquals(409, staff.post(API + "/supervisions", """
                {"personId": %d, "orgUnitId": %d, "year": %d}""".formatted(cadre, branch, year)).status());

        long first = staff.post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%s"}""".formatted(branch, TODAY)).json()
                .getJsonNumber("id").longValue();
        Api.Reply stranger = staff.put(API + "/meetings/" + first + "/supervisors", """
                [{"personId": %d}, {"personId": %d, "remark": "Dự"}]""".formatted(cadre, plain));
        assertEquals(400, stranger.status(), stranger.body());
        assertEquals(Set.of("personId"), stranger.fields());
        assertTrue(stranger.body().contains(Long.toString(plain)), stranger.body());
        Api.Reply attended = staff.put(API + "/meetings/" + first + "/supervisors", """
                [{"personId": %d, "remark": "Chi hội chuẩn bị nội dung tốt;\\r\\nđề nghị tăng tỷ lệ tham dự."}]"""
                .formatted(cadre));
        assertEquals(200, attended.status(), attended.body());
        JsonObject meeting = staff.get(API + "/meetings/" + first).json();
        assertEquals(cadre, meeting.getJsonArray("supervisors").getJsonObject(0).getJsonNumber("personId").longValue());

        List<JsonObject> items = staff.get(API + "/stats/supervision?unit=" + hamlet + "&year=" + year).json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size(), items.toString());
        JsonObject hanh = items.get(0);
        assertEquals(List.of(cadre, 6L, 1L), List.of(hanh.getJsonNumber("personId").longValue(),
                hanh.getJsonNumber("required").longValue(), hanh.getJsonNumber("attended").longValue()));
        assertTrue(hanh.getString("fullName").endsWith("Hạnh"));
        Api.Download sheet = staff.download(API + "/stats/supervision/xlsx?unit=" + hamlet + "&year=" + year);
        assertEquals(200, sheet.status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(sheet.body()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertEquals(List.of(hanh.getString("fullName"), "6.0", "1.0", "5.0"), List.of(row.getCell(1).getStringCellValue(),
                    Double.toString(row.getCell(3).getNumericCellValue()), Double.toString(row.getCell(4).getNumericCellValue()),
                    Double.toString(row.getCell(5).getNumericCellValue())), "required, attended, still owed");
        }
        assertEquals(1L, count("""
                SELECT COUNT(*) FROM meeting_supervisor s JOIN meeting m ON m.id = s.meeting_id
                 WHERE s.person_id = ? AND YEAR(m.held_on) = ?""", cadre, year));

        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertEquals(404, other.get(API + "/stats/supervision?unit=" + hamlet + "&year=" + year).status());
        assertEquals(404, other.put(API + "/meetings/" + first + "/supervisors", "[]").status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/stats/supervision?unit=" + hamlet + "&year=" + year).status());
        assertEquals(403, auditor.post(API + "/supervisions", """
                {"personId": %d, "orgUnitId": %d, "year": %d}""".formatted(cadre, branch, year)).status());
    }

    @Test
    void aBranchsYearIsClassifiedStepByStepOnFiguresCheckedByHandAndKeepsTheCriteriaItWasDecidedUnder() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Xếp Loại " + word, COMMUNE);
        int year = TODAY.getYear() - 1;
        long branch = registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet, "2015-01-01"); // quarterly
        long idle = registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        List<Long> members = new ArrayList<>();
        for (String name : List.of("An", "Bình", "Cúc", "Dung")) {
            members.add(member(registry, "Lê Văn " + word + " " + name, hamlet, branch, "2015-01-01"));
        }
        // Every quarter met in; all four present once, three of four the other times: a mean of 0.8125.
        String[] days = {"-02-10", "-05-12", "-08-09", "-11-15"};
        for (int i = 0; i < days.length; i++) {
            long meeting = meeting(branch, "REGULAR", year + days[i]);
            List<String> lines = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                lines.add("{\"personId\": %d, \"state\": \"%s\"}".formatted(members.get(m),
                        i > 0 && m == i ? "ABSENT" : "PRESENT"));
            }
            roll(meeting, "[" + String.join(", ", lines) + "]");
            if (i == 0) {
                assertEquals(200, admin().put(API + "/meetings/" + meeting + "/minutes", "{\"duesCollected\": 40000}").status());
            }
        }
        String criteria = """
                {"duesPerMember": 12000, "strong": {"attendance": %s, "kept": 1, "dues": %s},
                 "good": {"attendance": 0.7, "kept": 0.75, "dues": 0.7}, "average": {"attendance": 0.5, "kept": 0.5}}""";
        JsonObject first = admin().put(API + "/classification-criteria/HND", criteria.formatted("0.85", "0.85")).json();
        assertEquals(12000, first.getInt("duesPerMember"), first.toString());

        // Every mistake of the criteria at once.
        Api.Reply wrongCriteria = admin().put(API + "/classification-criteria/HND", """
                {"duesPerMember": 0, "strong": {"attendance": 1.5}, "average": {"attendance": 0.9, "kept": 0.5}}""");
        assertEquals(400, wrongCriteria.status(), wrongCriteria.body());
        assertEquals(Set.of("duesPerMember", "strong.attendance", "strong.kept", "good"), wrongCriteria.fields());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        assertEquals(403, communeAdmin.put(API + "/classification-criteria/HND", criteria.formatted("0.8", "0.8")).status(),
                "the criteria hold for the whole installation");

        Api hamletStaff = Accounts.client(server(), admin(), List.of("STAFF"), hamlet, List.of());
        Api communeStaff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        String province = (String) Sql.row("SELECT p.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id"
                + " WHERE c.code = ? AND c.valid_to IS NULL", COMMUNE)[0];
        Api provinceStaff = Accounts.client(server(), admin(), List.of("STAFF"), province, List.of());
        String step = "{\"orgUnitId\": %d, \"year\": %d, \"step\": \"%s\", \"grade\": \"%s\"%s}";

        // Every mistake of a step at once; a step before its turn; a level not reached.
        Api.Reply wrong = communeStaff.post(API + "/classifications",
                "{\"year\": 1999, \"step\": \"SELF\", \"note\": \"%s\"}".formatted("Đề nghị. ".repeat(300)));
        assertEquals(Set.of("orgUnitId", "year", "grade", "note"), wrong.fields(), wrong.body());
        assertEquals(Set.of("step"), communeStaff.post(API + "/classifications",
                step.formatted(branch, year, "APPRAISED", "GOOD", "")).fields(), "appraised before the branch's own grade");
        assertEquals(Set.of("orgUnitId"), communeStaff.post(API + "/classifications",
                step.formatted(registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet), TODAY.getYear() - 1, "SELF", "GOOD", ""))
                .fields(), "a branch established today did not exist in the year");

        JsonObject self = hamletStaff.post(API + "/classifications", step.formatted(branch, year, "SELF", "STRONG", "")).json();
        assertEquals("GOOD", self.getString("suggested"), self.toString());
        assertEquals("0.8125", self.getJsonNumber("attendance").bigDecimalValue().toPlainString());
        assertEquals("0.8333", self.getJsonNumber("dues").bigDecimalValue().toPlainString());
        assertEquals(List.of(4, 4), List.of(self.getInt("owed"), self.getInt("kept")));
        assertEquals("STRONG", self.getJsonObject("self").getString("grade"));
        // The same figures by hand.
        assertEquals(0, new java.math.BigDecimal("0.8125").compareTo((java.math.BigDecimal) Sql.row("""
                SELECT AVG(present / expected) FROM meeting WHERE org_unit_id = ? AND YEAR(held_on) = ?
                   AND roll_taken_at IS NOT NULL AND expected > 0""", branch, year)[0]));
        assertEquals(0, new java.math.BigDecimal("0.8333").compareTo((java.math.BigDecimal) Sql.row("""
                SELECT ROUND(SUM(m.dues_collected) / (12000 * (SELECT COUNT(*) FROM membership_period p
                        WHERE p.org_unit_id = ? AND p.status IN ('ACTIVE', 'AWAY') AND p.valid_from <= ?
                          AND (p.valid_to IS NULL OR p.valid_to >= ?))), 4)
                  FROM meeting m WHERE m.org_unit_id = ? AND YEAR(m.held_on) = ?""",
                branch, LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31), branch, year)[0]));

        assertEquals(403, hamletStaff.post(API + "/classifications", step.formatted(branch, year, "APPRAISED", "GOOD", ""))
                .status(), "a hamlet's officer does not appraise");
        JsonObject appraised = communeStaff.post(API + "/classifications", step.formatted(branch, year, "APPRAISED", "GOOD",
                ", \"note\": \"Thu hội phí chưa đạt\\r\\n\\r\\n\\r\\nCần cố gắng\"")).json();
        assertEquals("Thu hội phí chưa đạt\n\nCần cố gắng", appraised.getJsonObject("appraised").getString("note"),
                "a note as Word pastes it, its paragraphs kept");
        assertEquals(409, hamletStaff.post(API + "/classifications", step.formatted(branch, year, "SELF", "GOOD", ""))
                .status(), "the branch's grade no longer changes once appraised");
        assertEquals(403, communeStaff.post(API + "/classifications", step.formatted(branch, year, "DECIDED", "GOOD", ""))
                .status(), "the commune does not decide");
        JsonObject decided = provinceStaff.post(API + "/classifications", step.formatted(branch, year, "DECIDED", "GOOD", ""))
                .json();
        assertEquals("GOOD", decided.getJsonObject("decided").getString("grade"));
        assertEquals(first.getInt("number"), decided.getInt("criteria"));
        assertEquals(409, provinceStaff.post(API + "/classifications", step.formatted(branch, year, "DECIDED", "STRONG", ""))
                .status(), "a decision is final");

        // Criteria changed after the decision: a new version; the decided branch keeps its own.
        JsonObject second = admin().put(API + "/classification-criteria/HND", criteria.formatted("0.8", "0.8")).json();
        assertEquals(first.getInt("number") + 1, second.getInt("number"), second.toString());
        List<JsonObject> versions = admin().get(API + "/classification-criteria?organisation=HND").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(second.getInt("number"), versions.get(0).getInt("number"), "latest first");
        assertTrue(versions.get(1).getInt("decided") >= 1, versions.get(1).toString());

        JsonObject list = communeStaff.get(API + "/classifications?unit=" + hamlet + "&year=" + year).json();
        Map<Long, JsonObject> rows = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getJsonNumber("orgUnitId").longValue(), r -> r));
        assertEquals(count("""
                SELECT COUNT(*) FROM org_unit u JOIN meeting_rule r ON r.unit_type_id = u.unit_type_id
                  JOIN admin_unit a ON a.id = u.admin_unit_id WHERE a.code = ? AND u.established_on <= ?""",
                hamlet, LocalDate.of(year, 12, 31)), rows.size(), "every branch of the year with a schedule");
        assertEquals(List.of("GOOD", "GOOD", first.getInt("number")), List.of(rows.get(branch).getString("suggested"),
                rows.get(branch).getJsonObject("decided").getString("grade"), rows.get(branch).getInt("criteria")),
                "decided under the first version: not judged again");
        assertEquals(List.of("WEAK", second.getInt("number")), List.of(rows.get(idle).getString("suggested"),
                rows.get(idle).getInt("criteria")), "no meeting held: weak, under the version in force");
        assertEquals(1, list.getJsonObject("decided").getInt("GOOD"));
        assertEquals(rows.size() - 1, list.getInt("undecided"));

        Api.Download sheet = communeStaff.download(API + "/classifications/xlsx?unit=" + hamlet + "&year=" + year);
        assertEquals(200, sheet.status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(sheet.body()))) {
            assertEquals(rows.size(), book.getSheetAt(0).getLastRowNum(), "a heading and a row per branch");
        }

        // The same endpoints as others see them.
        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertEquals(404, other.get(API + "/classifications?unit=" + hamlet + "&year=" + year).status());
        assertEquals(Set.of("orgUnitId"), other.post(API + "/classifications",
                step.formatted(idle, year, "SELF", "GOOD", "")).fields(), "a branch out of sight is not found");
        Api women = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        assertEquals(0, women.get(API + "/classifications?unit=" + hamlet + "&year=" + year).json().getJsonArray("items")
                .size(), "the women's officer sees no farmers' branch");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/classifications?unit=" + hamlet + "&year=" + year).status());
        assertEquals(403, auditor.post(API + "/classifications", step.formatted(idle, year, "SELF", "GOOD", "")).status());
        assertEquals(403, auditor.put(API + "/classification-criteria/HND", criteria.formatted("0.8", "0.8")).status());
        assertEquals(404, admin().put(API + "/classification-criteria/KHONG", criteria.formatted("0.8", "0.8")).status());

        // Two officers recording the idle branch's own grade at once: one record, no failure.
        List<Integer> statuses = concurrently(List.of(
                () -> hamletStaff.post(API + "/classifications", step.formatted(idle, year, "SELF", "WEAK", "")),
                () -> communeStaff.post(API + "/classifications", step.formatted(idle, year, "SELF", "AVERAGE", ""))));
        assertTrue(statuses.contains(200) && statuses.stream().allMatch(s -> s == 200 || s == 409), statuses.toString());
        assertEquals(1L, count("SELECT COUNT(*) FROM branch_classification WHERE org_unit_id = ? AND year = ?", idle, year));
    }

    private long meeting(long branch, String type, String heldOn) {
        Api.Reply recorded = admin().post(API + "/meetings", """
                {"orgUnitId": %d, "type": "%s", "heldOn": "%s"}""".formatted(branch, type, heldOn));
        assertEquals(201, recorded.status(), recorded.body());
        return recorded.json().getJsonNumber("id").longValue();
    }

    private void roll(long meeting, String lines) {
        Api.Reply taken = admin().put(API + "/meetings/" + meeting + "/attendance", lines);
        assertEquals(200, taken.status(), taken.body());
    }

    private static long member(Registry registry, String name, String hamlet, long branch, String joinedOn) {
        long person = registry.person(name, hamlet);
        registry.enrol(person, branch, joinedOn);
        return person;
    }

    /** Every branch's sums of a year (V37) equal its meetings of that year summed by hand, whatever the tests did. */
    private static void assertBranchYearsAreTheirMeetingsSummed() throws Exception {
        String byHand = """
                SELECT m.org_unit_id, YEAR(m.held_on) AS year,
                       BIT_OR(IF(m.type IN ('REGULAR', 'THEMATIC'), POWER(2, MONTH(m.held_on) - 1), 0)) AS kept_months,
                       COALESCE(SUM(IF(m.roll_taken_at IS NOT NULL AND m.expected > 0, m.present / m.expected, NULL)), 0) AS rate_sum,
                       SUM(IF(m.roll_taken_at IS NOT NULL AND m.expected > 0, 1, 0)) AS rated,
                       COALESCE(SUM(m.dues_collected), 0) AS dues
                  FROM meeting m GROUP BY m.org_unit_id, YEAR(m.held_on)""";
        assertEquals(0L, count("SELECT COUNT(*) FROM (" + byHand + ") h LEFT JOIN branch_meeting_year y"
                + " ON y.org_unit_id = h.org_unit_id AND y.year = h.year WHERE y.org_unit_id IS NULL"
                + " OR y.kept_months <> h.kept_months OR y.rate_sum <> h.rate_sum OR y.rated <> h.rated OR y.dues <> h.dues"),
                "a branch's year whose sums differ from its meetings");
        assertEquals(count("SELECT COUNT(*) FROM (" + byHand + ") h"), count("SELECT COUNT(*) FROM branch_meeting_year"),
                "no year summed without meetings");
    }

    private static long membership(long person) throws Exception {
        return ((Number) Sql.row("SELECT id FROM membership WHERE person_id = ?", person)[0]).longValue();
    }

    private static Map<String, String> cadences(List<JsonObject> rules) {
        return rules.stream().collect(Collectors.toMap(r -> r.getString("unitType"), r -> r.getString("cadence")));
    }

    private static List<Integer> concurrently(List<java.util.function.Supplier<Api.Reply>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (var call : calls) {
            replies.add(pool.submit(() -> {
                start.await();
                return call.get();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Api.Reply> reply : replies) {
            statuses.add(reply.get().status());
        }
        pool.shutdown();
        return statuses;
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }
}
