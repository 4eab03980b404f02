package vn.doanthe.cadre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Posts and who holds them, through the API: the charters' posts as data, a post from election to
 * the end of the term, the rules that keep one holder of a one-holder post, the cadres of a
 * territory, the succession report against hand-written SQL, and each of them walked as a scoped
 * STAFF, a scoped ADMIN and an AUDITOR. Each test works on a hamlet of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CadresApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String OTHER_HAMLET = "29242.01";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private String hamlet;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeEach
    void aHamletOfItsOwn() {
        hamlet = new Registry(admin()).hamlet("Ấp Cán Bộ " + Deployments.unique(), COMMUNE);
    }

    @Test
    void thePostsOfTheChartersAreDataAnAdministratorOfTheProvinceEdits() {
        JsonArray women = (JsonArray) admin().get(API + "/posts?organisation=HPN").structure();
        JsonObject head = post(women, "HPN_CHI_HOI_TRUONG");
        assertEquals("HPN", head.getString("organisation"));
        assertEquals("CHI_HOI", head.getString("unitType"));
        assertTrue(head.getBoolean("singleHolder"));
        assertEquals(30, head.getInt("termMonths"));
        JsonObject elderly = post((JsonArray) admin().get(API + "/posts?organisation=NCT").structure(),
                "NCT_CHI_HOI_TRUONG");
        assertTrue(!elderly.containsKey("termMonths") || elderly.isNull("termMonths"), "no fixed term: " + elderly);

        String code = "HND_KIEM_TRA_" + Deployments.uniqueLetters().toUpperCase();
        Api.Reply added = admin().post(API + "/posts", """
                {"code": "%s", "name": "Ủy viên kiểm tra", "organisation": "HND", "unitType": "CHI_HOI",
                 "rank": "MEMBER", "singleHolder": false, "termMonths": 30}""".formatted(code));
        assertEquals(201, added.status(), added.body());
        Api.Reply changed = admin().put(API + "/posts/" + code, """
                {"name": "Ủy viên Ủy ban kiểm tra", "rank": "MEMBER", "singleHolder": true, "termMonths": 60}""");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(60, changed.json().getInt("termMonths"));
        assertTrue(changed.json().getBoolean("singleHolder"));

        Api.Reply everyMistake = admin().post(API + "/posts", """
                {"code": "sai mã", "name": "  ", "organisation": "HND", "unitType": "KHONG_CO", "termMonths": 0}""");
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("code", "name", "unitType", "rank", "termMonths"), fields(everyMistake));

        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        assertEquals(403, communeAdmin.put(API + "/posts/" + code, """
                {"name": "Đổi ở xã", "rank": "MEMBER", "termMonths": 12}""").status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/posts").status());
        assertEquals(403, auditor.put(API + "/posts/" + code, """
                {"name": "Đổi", "rank": "MEMBER"}""").status());
        Api womensOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        Set<String> seen = ((JsonArray) womensOfficer.get(API + "/posts").structure()).getValuesAs(JsonObject.class)
                .stream().map(p -> p.getString("organisation")).collect(Collectors.toSet());
        assertEquals(Set.of("HPN"), seen, "an officer of one organisation sees its posts");
    }

    @Test
    void aPostFromElectionToTheEndOfItsTerm() throws SQLException {
        long branch = branch("HPN", "CHI_HOI");
        long lan = person("Nguyễn Thị Lan", TODAY.minusYears(40));
        long hoa = person("Trần Thị Hoa", TODAY.minusYears(35));

        Api.Reply elected = hold(admin(), lan, branch, "HPN_CHI_HOI_TRUONG", "2024-01-15", null, "ELECTED",
                "NQ Đại hội Chi hội 01/2024");
        assertEquals(201, elected.status(), elected.body());
        long holding = elected.json().getJsonNumber("id").longValue();
        assertTrue(elected.header("Location").endsWith("/post-holdings/" + holding), elected.header("Location"));
        assertEquals("2026-07-14", elected.json().getString("termEndsOn"), "30 months from the election");
        assertEquals("NQ Đại hội Chi hội 01/2024", elected.json().getString("decision"), "the symbol as written");
        assertTrue(elected.json().getString("place").endsWith("(" + hamlet + ")"), elected.body());

        Api.Reply second = hold(admin(), hoa, branch, "HPN_CHI_HOI_TRUONG", "2025-03-01", null, "APPOINTED", null);
        assertEquals(409, second.status(), second.body());
        assertEquals(Set.of("post"), fields(second));
        assertTrue(second.body().contains("Nguyễn Thị Lan"), "the message names who holds it: " + second.body());

        Api.Reply backwards = hold(admin(), hoa, branch, "HPN_CHI_HOI_PHO", "2025-03-01", "2025-02-01", "ELECTED", null);
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals(Set.of("to"), fields(backwards));

        Api.Reply unreadable = hold(admin(), hoa, branch, "HPN_CHI_HOI_PHO", "31/02/2025", null, "SOMETIMES", null);
        assertEquals(400, unreadable.status(), unreadable.body());
        assertEquals(Set.of("from", "mode"), fields(unreadable), "every unreadable value in one answer");
        Api.Reply everyMistake = admin().post(API + "/post-holdings", """
                {"personId": %d, "orgUnitId": %d, "post": "DTN_BI_THU_CHI_DOAN", "decision": "%s"}"""
                .formatted(hoa, branch, "Ấ".repeat(101)));
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("post", "from", "mode", "decision"), fields(everyMistake), "every mistake in one answer");

        LocalDate last = TODAY.minusDays(1);
        Api.Reply ended = admin().post(API + "/post-holdings/" + holding + "/end",
                "{\"on\": \"%s\", \"reason\": \"hết nhiệm kỳ\"}".formatted(last));
        assertEquals(200, ended.status(), ended.body());
        assertEquals(last.toString(), ended.json().getString("to"));
        assertEquals(409, admin().post(API + "/post-holdings/" + holding + "/end",
                "{\"on\": \"%s\"}".formatted(TODAY)).status(), "a post is left once");

        Api.Reply successor = hold(admin(), hoa, branch, "HPN_CHI_HOI_TRUONG", TODAY.toString(), null, "ELECTED", null);
        assertEquals(201, successor.status(), successor.body());
        Api.Reply beforeStart = admin().post(API + "/post-holdings/" + successor.json().getJsonNumber("id") + "/end",
                "{\"on\": \"2020-01-01\"}");
        assertEquals(400, beforeStart.status(), beforeStart.body());
        assertEquals(Set.of("on"), fields(beforeStart));
        JsonArray cadres = admin().get(API + "/cadres?unit=" + hamlet).json().getJsonArray("items");
        assertEquals(1, cadres.size(), cadres.toString());
        assertEquals(hoa, cadres.getJsonObject(0).getJsonNumber("personId").longValue());
        JsonArray lastYear = admin().get(API + "/cadres?unit=" + hamlet + "&asOf=" + TODAY.minusYears(1))
                .json().getJsonArray("items");
        assertEquals(lan, lastYear.getJsonObject(0).getJsonNumber("personId").longValue(), "as it was a year ago");
        assertEquals(1L, count("SELECT COUNT(*) FROM post_holding WHERE org_unit_id = ? AND held_to IS NULL", branch));
    }

    @Test
    void twoOfficesRecordingAnElectionAtOnceGiveThePostToOne() throws SQLException {
        long branch = branch("HND", "CHI_HOI");
        long first = person("Lê Văn Nhất", TODAY.minusYears(50));
        long other = person("Phạm Văn Nhì", TODAY.minusYears(50));
        List<Api.Reply> replies = Together.send(
                () -> hold(admin(), first, branch, "HND_CHI_HOI_TRUONG", "2025-06-01", null, "ELECTED", null),
                () -> hold(admin(), other, branch, "HND_CHI_HOI_TRUONG", "2025-06-01", null, "ELECTED", null));
        Set<Integer> statuses = replies.stream().map(Api.Reply::status).collect(Collectors.toSet());
        assertEquals(Set.of(201, 409), statuses, replies.toString());
        assertEquals(1L, count("SELECT COUNT(*) FROM post_holding WHERE org_unit_id = ?", branch));
    }

    @Test
    void concurrentPostsAcrossOrganisationsShowTogetherAndOnlyWithinTheScope() throws Exception {
        long women = branch("HPN", "CHI_HOI");
        long youth = branch("DTN", "CHI_DOAN");
        long mai = person("Võ Thị Mai", TODAY.minusYears(28));
        assertEquals(201, hold(admin(), mai, women, "HPN_CHI_HOI_PHO", "2024-05-01", null, "ELECTED", null).status());
        Api.Reply youthPost = hold(admin(), mai, youth, "DTN_BI_THU_CHI_DOAN", "2024-06-01", null, "ELECTED", null);
        assertEquals(201, youthPost.status(), youthPost.body());
        long youthHolding = youthPost.json().getJsonNumber("id").longValue();

        JsonObject all = admin().get(API + "/cadres?unit=" + hamlet).json();
        assertEquals(1, all.getInt("total"));
        JsonObject cadre = all.getJsonArray("items").getJsonObject(0);
        assertEquals(28, cadre.getInt("age"));
        assertEquals(Set.of("HPN_CHI_HOI_PHO", "DTN_BI_THU_CHI_DOAN"), posts(cadre));
        assertEquals(1, admin().get(API + "/cadres?unit=" + hamlet + "&post=DTN_BI_THU_CHI_DOAN").json().getInt("total"));
        assertEquals(0, admin().get(API + "/cadres?unit=" + hamlet + "&organisation=CCB").json().getInt("total"));

        Api.Download list = admin().download(API + "/cadres/export?unit=" + hamlet);
        assertEquals(200, list.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(list.body()))) {
            var rows = workbook.getSheetAt(0);
            assertEquals(2, rows.getLastRowNum(), "a row a post held");
            assertEquals("Võ Thị Mai", rows.getRow(2).getCell(1).getStringCellValue());
        }

        Api womensOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        JsonObject seen = womensOfficer.get(API + "/cadres?unit=" + hamlet).json();
        assertEquals(Set.of("HPN_CHI_HOI_PHO"), posts(seen.getJsonArray("items").getJsonObject(0)),
                "another organisation's post stays out of her scope");
        assertEquals(404, womensOfficer.get(API + "/post-holdings/" + youthHolding).status());
        assertEquals(404, womensOfficer.post(API + "/post-holdings/" + youthHolding + "/end", "{\"on\": \"" + TODAY + "\"}")
                .status());
        assertEquals(404, womensOfficer.get(API + "/cadres?unit=29242").status(), "another commune is missing");
        Api.Reply otherOrganisation = hold(womensOfficer, mai, youth, "DTN_PHO_BI_THU_CHI_DOAN", "2024-06-01", null,
                "ELECTED", null);
        assertEquals(400, otherOrganisation.status(), otherOrganisation.body());
        assertEquals(Set.of("orgUnitId"), fields(otherOrganisation));
        long elsewhere = person("Đặng Thị Xa", TODAY.minusYears(30), OTHER_HAMLET);
        assertEquals(404, hold(womensOfficer, elsewhere, women, "HPN_CHI_HOI_PHO", "2024-06-01", null, "ELECTED", null)
                .status(), "a person outside her scope is answered as missing");
        assertEquals(404, womensOfficer.get(API + "/post-holdings?personId=" + elsewhere).status());

        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api.Reply appointed = hold(communeAdmin, person("Hồ Thị Ba", TODAY.minusYears(44)), women, "HPN_THU_KY_CHI_HOI",
                "2025-01-01", null, "APPOINTED", null);
        assertEquals(201, appointed.status(), appointed.body());
        Api otherAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherAdmin.get(API + "/post-holdings/" + youthHolding).status());

        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(2, auditor.get(API + "/cadres?unit=" + hamlet).json().getInt("total"));
        assertEquals(200, auditor.get(API + "/post-holdings/" + youthHolding).status());
        assertEquals(403, hold(auditor, mai, women, "HPN_UY_VIEN_XA", "2024-06-01", null, "ELECTED", null).status());
        assertEquals(403, auditor.post(API + "/post-holdings/" + youthHolding + "/end", "{\"on\": \"" + TODAY + "\"}")
                .status());
    }

    @Test
    void theSuccessionReportFindsAgeingHeadsVacanciesActingHeadsAndEndingTerms() throws Exception {
        long women = branch("HPN", "CHI_HOI");
        long farmers = branch("HND", "CHI_HOI");
        long veterans = branch("CCB", "CHI_HOI");
        long youth = branch("DTN", "CHI_DOAN");
        long front = branch("MTTQ", "BAN_CONG_TAC");
        long elderly = branch("NCT", "CHI_HOI");
        long oldHead = person("Lý Thị Già", TODAY.minusYears(65));
        hold(women, oldHead, "HPN_CHI_HOI_TRUONG", TODAY.minusYears(1), "ELECTED");
        hold(women, person("Lý Thị Vừa", TODAY.minusYears(50)), "HPN_CHI_HOI_PHO", TODAY.minusYears(1), "ELECTED");
        hold(farmers, person("Mai Văn Già", TODAY.minusYears(65)), "HND_CHI_HOI_TRUONG", TODAY.minusYears(1), "ELECTED");
        hold(farmers, person("Mai Văn Trẻ", TODAY.minusYears(30)), "HND_CHI_HOI_PHO", TODAY.minusYears(1), "ELECTED");
        hold(veterans, person("Tạ Văn Phó", TODAY.minusYears(62)), "CCB_CHI_HOI_PHO", TODAY.minusYears(1), "ELECTED");
        hold(youth, person("Đỗ Văn Tạm", TODAY.minusYears(25)), "DTN_BI_THU_CHI_DOAN", TODAY.minusMonths(8), "ACTING");
        hold(front, person("Khổng Văn Hết", TODAY.minusYears(55)), "MTTQ_TRUONG_BAN", TODAY.minusMonths(57), "ELECTED");
        hold(elderly, person("Ông Văn Thọ", TODAY.minusYears(80)), "NCT_CHI_HOI_TRUONG", TODAY.minusYears(1), "APPOINTED");
        hold(elderly, person("Ông Văn Phó", TODAY.minusYears(40)), "NCT_CHI_HOI_PHO", TODAY.minusYears(1), "APPOINTED");

        JsonArray items = admin().get(API + "/cadres/succession?unit=" + hamlet).json().getJsonArray("items");
        Set<String> found = items.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("orgUnitId").longValue() + " " + i.getString("reason"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(women + " AGEING_HEAD", veterans + " VACANT", youth + " ACTING_TOO_LONG",
                front + " TERM_ENDING")), found, items.toString());
        JsonObject ageing = items.getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("reason").equals("AGEING_HEAD")).findFirst().orElseThrow();
        assertEquals(65, ageing.getJsonObject("head").getInt("age"));
        assertEquals(50, ageing.getJsonArray("deputies").getJsonObject(0).getInt("age"));
        assertTrue(ageing.getJsonObject("head").isNull("fullName"), "unnamed unless asked: " + ageing);
        JsonObject named = admin().get(API + "/cadres/succession?names=true&unit=" + hamlet).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reason").equals("AGEING_HEAD"))
                .findFirst().orElseThrow();
        assertEquals("Lý Thị Già", named.getJsonObject("head").getString("fullName"));
        assertEquals("Lý Thị Vừa", named.getJsonArray("deputies").getJsonObject(0).getString("fullName"));
        Api.Download report = admin().download(API + "/cadres/succession/export?unit=" + hamlet);
        assertEquals(200, report.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
            var rows = workbook.getSheetAt(0);
            assertEquals(items.size(), rows.getLastRowNum(), "a row a unit and reason, under the headings");
            Set<String> reasons = new TreeSet<>();
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                reasons.add(rows.getRow(r).getCell(3).getStringCellValue());
            }
            assertEquals(new TreeSet<>(Set.of("Trưởng cao tuổi, không có phó trẻ", "Khuyết người đứng đầu",
                    "Phụ trách quá lâu", "Sắp hết nhiệm kỳ")), reasons);
        }
        JsonArray younger = admin().get(API + "/cadres/succession?unit=" + hamlet + "&headAge=70&deputyAge=55")
                .json().getJsonArray("items");
        assertFalse(younger.toString().contains("AGEING_HEAD"), "a head of 65 is not ageing at 70: " + younger);

        // The whole commune against hand-written SQL: vacancies and ageing heads, as of today.
        JsonArray commune = admin().get(API + "/cadres/succession?unit=" + COMMUNE).json().getJsonArray("items");
        Object[] place = Sql.row("SELECT id, CONCAT(path, id, '/') FROM admin_unit WHERE code = ? AND valid_to IS NULL",
                COMMUNE);
        String units = """
                FROM org_unit u JOIN admin_unit a ON a.id = u.admin_unit_id
                WHERE (a.id = ? OR a.path LIKE CONCAT(?, '%')) AND (u.closed_on IS NULL OR u.closed_on >= ?)
                  AND (u.established_on IS NULL OR u.established_on <= ?)
                  AND EXISTS (SELECT 1 FROM post_type t WHERE t.unit_type_id = u.unit_type_id AND t.post_rank = 'HEAD' AND t.active)""";
        String heldToday = "h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?)";
        long vacant = count("SELECT COUNT(*) " + units + " AND NOT EXISTS (SELECT 1 FROM post_holding h JOIN post_type t"
                + " ON t.id = h.post_type_id WHERE h.org_unit_id = u.id AND t.post_rank = 'HEAD' AND " + heldToday + ")",
                place[0], place[1], TODAY, TODAY, TODAY, TODAY);
        long ageingHeads = count("SELECT COUNT(DISTINCT u.id) " + units + " AND EXISTS (SELECT 1 FROM post_holding h"
                + " JOIN post_type t ON t.id = h.post_type_id JOIN person p ON p.id = h.person_id WHERE h.org_unit_id = u.id"
                + " AND t.post_rank = 'HEAD' AND " + heldToday + " AND TIMESTAMPDIFF(YEAR, p.birth_date, ?) >= 60)"
                + " AND NOT EXISTS (SELECT 1 FROM post_holding h JOIN post_type t ON t.id = h.post_type_id JOIN person p"
                + " ON p.id = h.person_id WHERE h.org_unit_id = u.id AND t.post_rank = 'DEPUTY' AND " + heldToday
                + " AND TIMESTAMPDIFF(YEAR, p.birth_date, ?) < 45)",
                place[0], place[1], TODAY, TODAY, TODAY, TODAY, TODAY, TODAY, TODAY, TODAY);
        assertTrue(vacant > 1 && ageingHeads >= 1, vacant + " " + ageingHeads);
        assertEquals(vacant, reasons(commune, "VACANT"));
        assertEquals(ageingHeads, reasons(commune, "AGEING_HEAD"));

        Api veteransOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("CCB"));
        JsonArray theirs = veteransOfficer.get(API + "/cadres/succession?unit=" + hamlet).json().getJsonArray("items");
        assertEquals(1, theirs.size(), theirs.toString());
        assertEquals(veterans, theirs.getJsonObject(0).getJsonNumber("orgUnitId").longValue());
        Api.Reply wrongAges = admin().get(API + "/cadres/succession?unit=" + hamlet + "&headAge=5&deputyAge=500");
        assertEquals(400, wrongAges.status(), wrongAges.body());
        assertEquals(Set.of("headAge", "deputyAge"), fields(wrongAges));

        // The holdings' copy of the birth date follows a correction of the person: born 40 years ago,
        // the head is no longer ageing.
        Api.Reply corrected = admin().put(API + "/persons/" + oldHead, """
                {"fullName": "Lý Thị Già", "gender": "FEMALE", "birthDate": "%s", "hamletCode": "%s"}"""
                .formatted(TODAY.minusYears(40), hamlet));
        assertEquals(200, corrected.status(), corrected.body());
        JsonArray after = admin().get(API + "/cadres/succession?unit=" + hamlet).json().getJsonArray("items");
        assertFalse(after.toString().contains("AGEING_HEAD"), after.toString());
        assertEquals(Sql.row("SELECT birth_date FROM person WHERE id = ?", oldHead)[0],
                Sql.row("SELECT holder_born_on FROM post_holding WHERE person_id = ?", oldHead)[0]);
    }

    /**
     * The succession dashboard's ages: the cadres of a hamlet, each counted once however many posts
     * they hold, their average age on the last day of last year and today, and the commune's units
     * below with the same figures today, against hand-written SQL.
     */
    @Test
    void averageAgesCountEachCadreOnceYearByYearAndByUnitBelow() throws SQLException {
        long women = branch("HPN", "CHI_HOI");
        long farmers = branch("HND", "CHI_HOI");
        LocalDate lastYearEnd = LocalDate.of(TODAY.getYear() - 1, 12, 31);
        long older = person("Vũ Thị Già", TODAY.minusYears(51));
        long younger = person("Vũ Thị Trẻ", TODAY.minusYears(40));
        long gone = person("Vũ Văn Nghỉ", TODAY.minusYears(70));
        hold(women, older, "HPN_CHI_HOI_TRUONG", LocalDate.of(2020, 1, 1), "ELECTED");
        hold(farmers, older, "HND_CHI_HOI_PHO", LocalDate.of(2020, 1, 1), "ELECTED");
        hold(women, younger, "HPN_CHI_HOI_PHO", LocalDate.of(2020, 1, 1), "ELECTED");
        long ended = new Registry(admin()).hold(gone, farmers, "HND_CHI_HOI_TRUONG", LocalDate.of(2020, 1, 1), "ELECTED");
        assertEquals(200, admin().post(API + "/post-holdings/" + ended + "/end", """
                {"on": "%s", "reason": "nghỉ hưu"}""".formatted(TODAY.withDayOfYear(1))).status());

        Api.Reply ages = admin().get(API + "/cadres/ages?unit=" + hamlet + "&years=2");
        assertEquals(200, ages.status(), ages.body());
        JsonArray byYear = ages.json().getJsonArray("byYear");
        assertEquals(2, byYear.size());
        JsonObject last = byYear.getJsonObject(0);
        assertEquals(lastYearEnd.toString(), last.getString("asOf"));
        assertEquals(3, last.getInt("cadres"), "the one who retired this year still counted last year, each person once");
        long sumOfAges = 50 + 39 + 69;
        assertEquals(new BigDecimal(sumOfAges).divide(new BigDecimal(3), 1, RoundingMode.HALF_UP),
                last.getJsonNumber("averageAge").bigDecimalValue(), "ages on 31/12: a birthday in December is still to come");
        JsonObject now = byYear.getJsonObject(1);
        assertEquals(2, now.getInt("cadres"));
        assertEquals(new BigDecimal("45.5"), now.getJsonNumber("averageAge").bigDecimalValue());

        JsonObject commune = admin().get(API + "/cadres/ages?unit=" + COMMUNE).json();
        JsonObject ours = commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow();
        assertEquals(2, ours.getInt("cadres"));
        Object[] bySql = Sql.row("""
                SELECT COUNT(*), ROUND(AVG(age), 1) FROM (SELECT DISTINCT h.person_id, TIMESTAMPDIFF(YEAR, p.birth_date, ?) AS age
                  FROM post_holding h JOIN person p ON p.id = h.person_id JOIN org_unit u ON u.id = h.org_unit_id
                  JOIN admin_unit a ON a.id = u.admin_unit_id JOIN admin_unit c ON c.code = ? AND c.valid_to IS NULL
                 WHERE h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?)
                   AND (a.id = c.id OR a.path LIKE CONCAT(c.path, c.id, '/%'))) x""", TODAY, COMMUNE, TODAY, TODAY);
        JsonObject communeToday = commune.getJsonArray("byYear").getJsonObject(commune.getJsonArray("byYear").size() - 1);
        assertEquals(((Number) bySql[0]).longValue(), communeToday.getJsonNumber("cadres").longValue());
        assertEquals(0, ((BigDecimal) bySql[1]).compareTo(communeToday.getJsonNumber("averageAge").bigDecimalValue()));

        assertEquals(400, admin().get(API + "/cadres/ages?unit=" + hamlet + "&years=0").status());
        assertEquals(400, admin().get(API + "/cadres/ages").status());
        Api otherCommune = Accounts.client(server(), admin(), List.of("STAFF"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/cadres/ages?unit=" + hamlet).status(),
                "another commune's hamlet is as good as missing");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/cadres/ages?unit=" + hamlet).status());
    }

    @Test
    void aMergeJoinsTheHoldingsAndAnonymisationKeepsThem() throws SQLException {
        long women = branch("HPN", "CHI_HOI");
        long farmers = branch("HND", "CHI_HOI");
        long kept = person("Châu Thị Gộp", TODAY.minusYears(45));
        long duplicate = person("Châu Thị Gộp", TODAY.minusYears(45).minusDays(3));
        hold(women, kept, "HPN_CHI_HOI_PHO", LocalDate.of(2024, 1, 1), "ELECTED");
        hold(women, duplicate, "HPN_CHI_HOI_PHO", LocalDate.of(2023, 7, 1), "ELECTED");
        hold(farmers, duplicate, "HND_CHI_HOI_PHO", LocalDate.of(2024, 2, 1), "ELECTED");

        Api.Reply merged = admin().post(API + "/persons/" + kept + "/merge",
                "{\"mergedId\": %d, \"reason\": \"trùng hồ sơ\"}".formatted(duplicate));
        assertEquals(200, merged.status(), merged.body());
        JsonArray holdings = (JsonArray) admin().get(API + "/post-holdings?personId=" + kept).structure();
        assertEquals(2, holdings.size(), "the same post entered twice is one: " + holdings);
        JsonObject womens = holdings.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("post").equals("HPN_CHI_HOI_PHO")).findFirst().orElseThrow();
        assertEquals("2023-07-01", womens.getString("from"), "from the earlier record");
        String outOfStep = "SELECT COUNT(*) FROM post_holding h JOIN person p ON p.id = h.person_id"
                + " WHERE h.person_id = ? AND h.holder_born_on <> p.birth_date";
        assertEquals(0, count(outOfStep, kept), "the holdings taken over carry the kept person's birth date");

        long farmersHolding = holdings.getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("post").equals("HND_CHI_HOI_PHO")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin().post(API + "/post-holdings/" + farmersHolding + "/end",
                "{\"on\": \"%s\", \"reason\": \"chuyển về tỉnh khác sống với con\"}".formatted(TODAY)).status());
        Api.Reply file = admin().post(API + "/persons/" + kept + "/subject-access", "{\"reason\": \"bà Gộp yêu cầu\"}");
        assertEquals(200, file.status(), file.body());
        assertEquals(2, file.json().getJsonObject("records").getJsonArray("posts").size(), file.body());

        int before = admin().get(API + "/cadres?unit=" + hamlet).json().getInt("total");
        assertEquals(200, admin().post(API + "/persons/" + kept + "/anonymise", "{\"reason\": \"hết thời hạn\"}").status());
        JsonArray after = (JsonArray) admin().get(API + "/post-holdings?personId=" + kept).structure();
        assertEquals(2, after.size(), "posts stay for the counts");
        assertFalse(after.toString().contains("sống với"), "why she left goes: " + after);
        assertEquals(before, admin().get(API + "/cadres?unit=" + hamlet).json().getInt("total"));
        assertEquals(0, count(outOfStep, kept), "the year of birth the anonymised person keeps");
    }

    @Test
    void aCadresFileKeepsQualificationsTheSuccessorMarkAndYearlyReviews() throws SQLException {
        long women = branch("HPN", "CHI_HOI");
        long thu = person("Dương Thị Thu", TODAY.minusYears(38));
        hold(women, thu, "HPN_CHI_HOI_TRUONG", LocalDate.of(TODAY.getYear() - 1, 3, 1), "ELECTED");
        JsonObject empty = admin().get(API + "/cadres/" + thu).json();
        assertTrue(empty.isNull("version") || !empty.containsKey("version"), "nothing recorded yet: " + empty);
        assertEquals(1, empty.getJsonArray("posts").size());

        Api.Reply described = admin().put(API + "/cadres/" + thu + "/profile", """
                {"professionalLevel": "UNIVERSITY", "professionalField": "  Kinh tế\u00a0nông nghiệp ",
                 "politicalTheory": "INTERMEDIATE", "successor": true, "successorNote": "Chủ tịch Hội LHPN xã 2026–2031"}""");
        assertEquals(200, described.status(), described.body());
        JsonObject file = described.json();
        assertEquals("Kinh tế nông nghiệp", file.getString("professionalField"), "pasted spaces tidied");
        assertTrue(file.getBoolean("successor"));
        int version = file.getInt("version");

        Api.Reply stale = admin().put(API + "/cadres/" + thu + "/profile", """
                {"professionalLevel": "MASTER", "politicalTheory": "INTERMEDIATE", "successor": true, "version": %d}"""
                .formatted(version + 7));
        assertEquals(409, stale.status(), "a file changed meanwhile is not overwritten: " + stale.body());
        Api.Reply everyMistake = admin().put(API + "/cadres/" + thu + "/profile", """
                {"professionalField": "%s", "politicalTheory": "TIEN_SI", "successor": false, "successorNote": "Bí thư"}"""
                .formatted("Ấ".repeat(201)));
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("politicalTheory"), fields(everyMistake), "an unreadable level is told first");
        Api.Reply mistakes = admin().put(API + "/cadres/" + thu + "/profile", """
                {"professionalField": "%s", "successor": false, "successorNote": "Bí thư"}""".formatted("Ấ".repeat(201)));
        assertEquals(Set.of("professionalField", "successorNote"), fields(mistakes), "every mistake in one answer");

        int lastYear = TODAY.getYear() - 1;
        Api.Reply rated = admin().put(API + "/cadres/" + thu + "/ratings/" + lastYear, """
                {"level": "GOOD", "comment": "Sâu sát hội viên.\\r\\nVận động được 12 hội viên mới."}""");
        assertEquals(200, rated.status(), rated.body());
        assertEquals("Sâu sát hội viên.\nVận động được 12 hội viên mới.", rated.json().getString("comment"),
                "the paragraphs pasted from Word are kept");
        Api.Reply again = admin().put(API + "/cadres/" + thu + "/ratings/" + lastYear, "{\"level\": \"EXCELLENT\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals(1L, count("SELECT COUNT(*) FROM cadre_rating WHERE person_id = ?", thu), "one review a year");
        assertEquals("EXCELLENT", Sql.row("SELECT level FROM cadre_rating WHERE person_id = ?", thu)[0]);
        Api.Reply beforePost = admin().put(API + "/cadres/" + thu + "/ratings/" + (lastYear - 3), "{\"level\": \"GOOD\"}");
        assertEquals(400, beforePost.status(), beforePost.body());
        assertEquals(Set.of("year"), fields(beforePost), "no review for a year without a post");
        Api.Reply future = admin().put(API + "/cadres/" + thu + "/ratings/" + (lastYear + 2), "{}");
        assertEquals(Set.of("year", "level"), fields(future));

        Api womensOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        Api.Reply byOfficer = womensOfficer.put(API + "/cadres/" + thu + "/profile", """
                {"professionalLevel": "UNIVERSITY", "professionalField": "Kinh tế nông nghiệp", "politicalTheory": "ADVANCED",
                 "successor": true, "successorNote": "Chủ tịch Hội LHPN xã 2026–2031", "version": %d}""".formatted(version));
        assertEquals(200, byOfficer.status(), byOfficer.body());
        Api otherCommune = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/cadres/" + thu).status());
        assertEquals(404, otherCommune.put(API + "/cadres/" + thu + "/profile", "{}").status());
        assertEquals(404, otherCommune.put(API + "/cadres/" + thu + "/ratings/" + lastYear, "{\"level\": \"GOOD\"}")
                .status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        JsonObject audited = auditor.get(API + "/cadres/" + thu).json();
        assertEquals("ADVANCED", audited.getString("politicalTheory"));
        assertEquals(1, audited.getJsonArray("ratings").size());
        assertEquals(403, auditor.put(API + "/cadres/" + thu + "/profile", "{}").status());
        assertEquals(403, auditor.put(API + "/cadres/" + thu + "/ratings/" + lastYear, "{\"level\": \"GOOD\"}").status());

        long duplicate = person("Dương Thị Thu", TODAY.minusYears(38));
        assertEquals(200, admin().put(API + "/cadres/" + duplicate + "/profile",
                "{\"professionalLevel\": \"MASTER\", \"politicalTheory\": \"ELEMENTARY\"}").status());
        assertEquals(200, admin().post(API + "/persons/" + thu + "/merge",
                "{\"mergedId\": %d, \"reason\": \"trùng hồ sơ\"}".formatted(duplicate)).status());
        JsonObject merged = admin().get(API + "/cadres/" + thu).json();
        assertEquals("MASTER", merged.getString("professionalLevel"), "the higher qualification of the two");
        assertEquals("ADVANCED", merged.getString("politicalTheory"));
        assertTrue(merged.getBoolean("successor"));
        assertEquals(0L, count("SELECT COUNT(*) FROM cadre_profile WHERE person_id = ?", duplicate));

        assertEquals(200, admin().post(API + "/persons/" + thu + "/anonymise", "{\"reason\": \"hết thời hạn\"}").status());
        JsonObject anonymised = admin().get(API + "/cadres/" + thu).json();
        assertEquals("EXCELLENT", anonymised.getJsonArray("ratings").getJsonObject(0).getString("level"));
        assertTrue(anonymised.getJsonArray("ratings").getJsonObject(0).isNull("comment")
                || !anonymised.getJsonArray("ratings").getJsonObject(0).containsKey("comment"), anonymised.toString());
    }

    @Test
    void hamletPostsArePaidByTheDayAndTheMonthsSheetAddsUp() throws Exception {
        // Posts of this test's own, so that the rates it sets stay its own.
        String word = Deployments.uniqueLetters().toUpperCase();
        String supported = newPost("MTTQ_HT_" + word, "BAN_CONG_TAC");
        String paid = newPost("MTTQ_PC_" + word, "BAN_CONG_TAC");
        String ofCommune = newPost("MTTQ_XA_" + word, "UB_XA");
        long front = branch("MTTQ", "BAN_CONG_TAC");
        long an = person("Lò Văn An", TODAY.minusYears(60));
        long binh = person("Lò Thị Bình", TODAY.minusYears(55));
        long cuc = person("Lò Thị Cúc", TODAY.minusYears(50));

        // A support of 0.3 times the base salary, which rose from 1,800,000 to 2,340,000 on 1 July 2024.
        assertEquals(201, rate(admin(), supported, "SUPPORT", "0.3", null, "2024-01-01").status());
        hold(front, an, supported, LocalDate.of(2024, 1, 1), "ELECTED");
        assertEquals(540000, sheet(admin(), "2024-06").getJsonNumber("total").longValue());
        JsonObject july = sheet(admin(), "2024-07");
        assertEquals(702000, july.getJsonNumber("total").longValue());
        assertEquals(31, july.getJsonArray("rows").getJsonObject(0).getInt("days"));

        // An allowance of 1,000,000 a month in a month of this run's own; the post changes hands on the 16th.
        java.util.Random random = new java.util.Random();
        java.time.YearMonth month = java.time.YearMonth.of(2001 + random.nextInt(20), 1 + random.nextInt(12));
        Api.Reply allowance = rate(admin(), paid, "ALLOWANCE", null, "1000000", month.atDay(1).toString());
        assertEquals(201, allowance.status(), allowance.body());
        assertEquals(201, rate(admin(), paid, "SUPPORT", null, "500000", month.plusMonths(1).atDay(1).toString()).status());
        assertEquals(month.atEndOfMonth().toString(), admin().get(API + "/allowances/rates/"
                + allowance.json().getJsonNumber("id")).json().getString("to"), "the next rate ends it");
        Api.Reply first = hold(admin(), binh, front, paid, month.atDay(1).toString(), null, "ELECTED", null);
        assertEquals(201, first.status(), first.body());
        assertEquals(200, admin().post(API + "/post-holdings/" + first.json().getJsonNumber("id") + "/end",
                "{\"on\": \"%s\"}".formatted(month.atDay(15))).status());
        hold(front, cuc, paid, month.atDay(16), "ELECTED");
        JsonObject sheet = sheet(admin(), month.toString());
        JsonArray rows = sheet.getJsonArray("rows");
        assertEquals(2, rows.size(), "the support of 2024 is not paid in " + month + ": " + rows);
        BigDecimal length = BigDecimal.valueOf(month.lengthOfMonth());
        long binhsShare = new BigDecimal(1000000 * 15).divide(length, 0, RoundingMode.HALF_UP).longValue();
        long cucsShare = new BigDecimal(1000000L * (month.lengthOfMonth() - 15)).divide(length, 0, RoundingMode.HALF_UP)
                .longValue();
        assertEquals(Set.of(binh + " 15 " + binhsShare, cuc + " " + (month.lengthOfMonth() - 15) + " " + cucsShare),
                rows.getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("personId") + " " + r.getInt("days")
                        + " " + r.getJsonNumber("amount").longValue()).collect(Collectors.toSet()));
        long byHand = count("""
                SELECT SUM(ROUND(a.amount * (DATEDIFF(LEAST(COALESCE(h.held_to, ?), ?, COALESCE(a.valid_to, ?)),
                                                      GREATEST(h.held_from, ?, a.valid_from)) + 1) / ?))
                FROM post_holding h JOIN post_allowance a ON a.post_type_id = h.post_type_id
                JOIN org_unit u ON u.id = h.org_unit_id JOIN admin_unit p ON p.id = u.admin_unit_id
                WHERE p.code = ? AND h.held_from <= ? AND (h.held_to IS NULL OR h.held_to >= ?)
                  AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?)""",
                month.atEndOfMonth(), month.atEndOfMonth(), month.atEndOfMonth(), month.atDay(1), month.lengthOfMonth(),
                hamlet, month.atEndOfMonth(), month.atDay(1), month.atEndOfMonth(), month.atDay(1));
        assertEquals(byHand, sheet.getJsonNumber("total").longValue(), "the sheet against hand-written SQL");

        // At most three hamlet posts draw an allowance at the same time (Decree 33/2023/NĐ-CP).
        long drawing = count("SELECT COUNT(DISTINCT post_type_id) FROM post_allowance WHERE kind = 'ALLOWANCE'"
                + " AND (valid_to IS NULL OR valid_to >= ?)", month.atDay(1));
        List<String> more = new java.util.ArrayList<>();
        for (long n = drawing; n < 3; n++) {
            String another = newPost("MTTQ_PC" + n + "_" + word, "BAN_CONG_TAC");
            assertEquals(201, rate(admin(), another, "ALLOWANCE", null, "900000", month.atDay(1).toString()).status());
            more.add(another);
        }
        Api.Reply fourth = rate(admin(), newPost("MTTQ_PC9_" + word, "BAN_CONG_TAC"), "ALLOWANCE", null, "900000",
                month.atDay(1).toString());
        assertEquals(409, fourth.status(), fourth.body());
        assertEquals(Set.of("kind"), fields(fourth));
        for (String another : more) {
            assertEquals(201, rate(admin(), another, "SUPPORT", null, "400000", month.plusMonths(1).atDay(1).toString())
                    .status(), "this run's allowances end with its month");
        }

        Api.Reply communePost = rate(admin(), ofCommune, "ALLOWANCE", null, "100000", "2025-01-01");
        assertEquals(400, communePost.status(), communePost.body());
        assertEquals(Set.of("kind"), fields(communePost));
        Api.Reply everyMistake = admin().post(API + "/allowances/rates", """
                {"post": "KHONG_CO", "coefficient": -1, "amount": 5, "decision": "%s"}""".formatted("Ấ".repeat(101)));
        assertEquals(400, everyMistake.status(), everyMistake.body());
        assertEquals(Set.of("post", "kind", "from", "amount", "coefficient", "decision"), fields(everyMistake));
        Api.Reply earlier = rate(admin(), supported, "SUPPORT", "0.2", null, "2023-12-01");
        assertEquals(409, earlier.status(), earlier.body());
        assertEquals(Set.of("from"), fields(earlier));
        Api.Reply sameDay = admin().post(API + "/allowances/base-salaries", "{\"from\": \"2024-07-01\", \"amount\": 0}");
        assertEquals(400, sameDay.status(), sameDay.body());
        assertEquals(Set.of("amount"), fields(sameDay));
        assertEquals(409, admin().post(API + "/allowances/base-salaries",
                "{\"from\": \"2024-07-01\", \"amount\": 2340000}").status());

        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        assertEquals(403, rate(communeAdmin, supported, "SUPPORT", "0.4", null, "2026-01-01").status(),
                "a rate is the province's");
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        assertEquals(403, rate(staff, supported, "SUPPORT", "0.4", null, "2026-01-01").status());
        // By now Cúc, still in her post, draws its support of 500,000 from the month after the allowance.
        assertEquals(702000 + 500000, sheet(staff, "2024-07").getJsonNumber("total").longValue());
        Api womensOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        assertEquals(0, sheet(womensOfficer, "2024-07").getJsonArray("rows").size(), "the Front's posts are not hers");
        Api otherCommune = Accounts.client(server(), admin(), List.of("ADMIN"), "29242", List.of());
        assertEquals(404, otherCommune.get(API + "/allowances/sheet?unit=" + hamlet + "&month=2024-07").status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(702000 + 500000, sheet(auditor, "2024-07").getJsonNumber("total").longValue());
        assertEquals(403, rate(auditor, supported, "SUPPORT", "0.4", null, "2026-01-01").status());

        Api.Reply future = admin().get(API + "/allowances/sheet?month=" + java.time.YearMonth.from(TODAY).plusMonths(2));
        assertEquals(Set.of("unit", "month"), fields(future));
        assertEquals(Set.of("month"), fields(admin().get(API + "/allowances/sheet?unit=" + hamlet + "&month=07/2024")));

        Api.Download file = admin().download(API + "/allowances/sheet/xlsx?unit=" + hamlet + "&month=" + month);
        assertEquals(200, file.status());
        assertTrue(file.disposition().contains("phu-cap-" + hamlet + "-" + month + ".xlsx"), file.disposition());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            var rowsOfFile = workbook.getSheetAt(0);
            assertEquals("STT", rowsOfFile.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, rowsOfFile.getLastRowNum(), "a header, two holders and the total");
            assertEquals(byHand, (long) rowsOfFile.getRow(3).getCell(10).getNumericCellValue());
        }
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND changes LIKE ?",
                "%allowance sheet unit=" + hamlet + " month=" + month + "%"), "the file's issue is recorded");
    }

    // ------------------------------------------------------------------------------------------

    private String newPost(String code, String unitType) {
        Api.Reply added = admin().post(API + "/posts", """
                {"code": "%s", "name": "Chức danh %s", "organisation": "MTTQ", "unitType": "%s", "rank": "MEMBER",
                 "singleHolder": true}""".formatted(code, code.toLowerCase(), unitType));
        assertEquals(201, added.status(), added.body());
        return code;
    }

    private static Api.Reply rate(Api api, String post, String kind, String coefficient, String amount, String from) {
        return api.post(API + "/allowances/rates", """
                {"post": "%s", "kind": "%s", "coefficient": %s, "amount": %s, "from": "%s", "decision": "NQ 15/2023/NQ-HĐND"}"""
                .formatted(post, kind, coefficient, amount, from));
    }

    private JsonObject sheet(Api api, String month) {
        Api.Reply sheet = api.get(API + "/allowances/sheet?unit=" + hamlet + "&month=" + month);
        assertEquals(200, sheet.status(), sheet.body());
        return sheet.json();
    }

    private long branch(String organisation, String type) {
        return new Registry(admin()).newUnit(organisation, type, COMMUNE, hamlet);
    }

    private long person(String fullName, LocalDate birthDate) {
        return person(fullName, birthDate, hamlet);
    }

    private long person(String fullName, LocalDate birthDate, String hamletCode) {
        return new Registry(admin()).person(fullName, birthDate, hamletCode);
    }

    private static Api.Reply hold(Api api, long person, long unit, String post, String from, String to, String mode,
                                  String decision) {
        return api.post(API + "/post-holdings", """
                {"personId": %d, "orgUnitId": %d, "post": "%s", "from": "%s", "to": %s, "mode": "%s", "decision": %s}"""
                .formatted(person, unit, post, from, to == null ? "null" : "\"" + to + "\"", mode,
                        decision == null ? "null" : "\"" + decision + "\""));
    }

    private void hold(long unit, long person, String post, LocalDate from, String mode) {
        new Registry(admin()).hold(person, unit, post, from, mode);
    }

    private static JsonObject post(JsonArray posts, String code) {
        return posts.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " missing from " + posts));
    }

    private static Set<String> posts(JsonObject cadre) {
        return cadre.getJsonArray("posts").getValuesAs(JsonObject.class).stream().map(p -> p.getString("post"))
                .collect(Collectors.toSet());
    }

    private static Set<String> fields(Api.Reply reply) {
        return reply.fields();
    }

    private static long reasons(JsonArray items, String reason) {
        return items.getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reason").equals(reason)).count();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }
}
