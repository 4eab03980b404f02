package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * Campaigns through the API on a hamlet of their own: issued to the lowest units of the
 * organisations named (every mistake at once), acknowledged with the exact version (a superseded
 * one refused), sessions recorded with members from the branch's roll only, and the progress —
 * targets, acknowledged, sessions held, members reached of members, overdue — exactly as
 * hand-written SQL counts it; walked as the commune's STAFF, another commune's STAFF and an AUDITOR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignsApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCampaignReachesEveryBranchAndItsProgressRollsUpExactly() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Tuyên Truyền " + word, COMMUNE);
        long first = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long second = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        long farmers = registry.newUnit("HND", "CHI_HOI", COMMUNE, hamlet);
        long an = member(registry, "An", first, hamlet);
        long binh = member(registry, "Bình", first, hamlet);
        long chi = member(registry, "Chi", first, hamlet);
        long dung = member(registry, "Dung", second, hamlet);
        long em = member(registry, "Em", second, hamlet);
        long stranger = registry.person("Người Ngoài " + word, hamlet);
        long directive = id(admin().post(API + "/directives", """
                {"symbol": "%s-HD/HPN", "issuer": "Hội LHPN tỉnh", "type": "GUIDANCE", "issuedOn": "%s", "title": "Tuyên truyền %s"}"""
                .formatted(Deployments.unique(), TODAY, word)).json());
        long draft = id(admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Bản tóm tắt\"}").json());

        Api.Reply wrong = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN", "KHONG_CO"], "deadline": "%s",
                 "form": "THEMATIC_MEETING"}""".formatted(directive, draft, hamlet, TODAY.minusDays(1)));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("summaryId", "organisations", "deadline"), wrong.fields(), "every mistake at once");
        assertEquals(0L, count("SELECT COUNT(*) FROM campaign WHERE directive_id = ?", directive), "nothing half-written");

        admin().post(API + "/summaries/" + draft + "/submit", "");
        long v1 = id(admin().post(API + "/summaries/" + draft + "/approve", "").json());
        Api.Reply issued = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "THEMATIC_MEETING"}""".formatted(directive, v1, hamlet, TODAY.plusDays(30)));
        assertEquals(201, issued.status(), issued.body());
        long campaign = id(issued.json());
        assertEquals(2, issued.json().getInt("targets"), "the women's two branches, not the farmers'");
        assertEquals(Set.of(first, second), Sql.column("SELECT org_unit_id FROM campaign_target WHERE campaign_id = ?",
                campaign).stream().map(v -> ((Number) v).longValue()).collect(Collectors.toSet()));

        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        Api.Reply acknowledged = staff.post(API + "/campaigns/" + campaign + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(first, v1));
        assertEquals(201, acknowledged.status(), acknowledged.body());
        assertEquals(admin().get(API + "/summaries/" + v1).json().getString("hash"), acknowledged.json().getString("hash"));
        assertEquals(409, staff.post(API + "/campaigns/" + campaign + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(first, v1)).status(), "the same unit again");
        Api.Reply notTarget = staff.post(API + "/campaigns/" + campaign + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(farmers, v1));
        assertEquals(400, notTarget.status(), notTarget.body());
        assertEquals(Set.of("orgUnitId"), notTarget.fields());
        // The province approves a second version: the first is superseded and no longer acknowledged.
        long v2 = id(admin().put(API + "/summaries/" + v1, "{\"text\": \"Bản tóm tắt, sửa\"}").json());
        admin().post(API + "/summaries/" + v2 + "/submit", "");
        admin().post(API + "/summaries/" + v2 + "/approve", "");
        Api.Reply superseded = staff.post(API + "/campaigns/" + campaign + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(second, v1));
        assertEquals(409, superseded.status(), superseded.body());
        assertEquals(Set.of("summaryId"), superseded.fields());
        assertEquals(201, staff.post(API + "/campaigns/" + campaign + "/acknowledgements",
                "{\"orgUnitId\": %d, \"summaryId\": %d}".formatted(second, v2)).status());

        assertEquals(201, session(staff, campaign, first, List.of(an, binh), 3).status());
        assertEquals(201, session(staff, campaign, first, List.of(binh, chi), 0).status());
        Api.Reply strangers = session(staff, campaign, second, List.of(dung, stranger, an), 0);
        assertEquals(400, strangers.status(), "only the branch's members: " + strangers.body());
        assertEquals(Set.of("attendees"), strangers.fields());
        assertTrue(strangers.body().contains(stranger + ", " + an), strangers.body());
        Api.Reply empty = staff.post(API + "/campaigns/" + campaign + "/sessions", """
                {"orgUnitId": %d, "heldOn": "%s", "presenter": "  ", "othersPresent": -1,
                 "opinions": [{"topic": "", "text": "Ý kiến không có chủ đề"}]}""".formatted(second, TODAY.plusDays(1)));
        assertEquals(Set.of("heldOn", "presenter", "othersPresent", "opinions[0].topic"), empty.fields(), empty.body());
        assertEquals(201, session(staff, campaign, second, List.of(dung), 1).status());
        assertEquals(201, staff.post(API + "/campaigns/" + campaign + "/sessions", """
                {"orgUnitId": %d, "heldOn": "%s", "presenter": "Bà Báo Cáo", "attendees": [], "othersPresent": 0,
                 "opinions": [{"topic": " MOI TRUONG ", "text": "Thu gom rác hai lần một tuần"},
                              {"topic": "Giao thông", "text": "Làm lại đường ra đồng"}]}""".formatted(second, TODAY)).status());

        JsonObject progress = admin().get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).json();
        assertEquals(2, progress.getInt("targets"));
        assertEquals(2, progress.getInt("acknowledged"));
        assertEquals(2, progress.getInt("sessionsHeld"));
        assertEquals(4, progress.getInt("membersReached"), "An, Bình, Chi and Dung, Bình once");
        assertEquals(5, progress.getInt("members"));
        assertEquals(0, progress.getInt("overdue"));
        assertEquals(reachedByHand(campaign), progress.getJsonNumber("membersReached").longValue());
        assertEquals(membersByHand(campaign, TODAY.plusDays(30)), progress.getJsonNumber("members").longValue());

        // Opinions by topic: typed with or without diacritics, one topic, named as most branches wrote it.
        JsonObject opinions = staff.get(API + "/campaigns/" + campaign + "/opinions?unit=" + hamlet).json();
        List<JsonObject> topics = opinions.getJsonArray("topics").getValuesAs(JsonObject.class);
        assertEquals(List.of("Môi trường", "Giao thông"), topics.stream().map(t -> t.getString("topic")).toList());
        assertEquals(4, topics.get(0).getInt("count"), topics.toString());
        assertEquals(2, topics.get(0).getInt("branches"));
        assertEquals(count("SELECT COUNT(*) FROM campaign_opinion o JOIN campaign_session s ON s.id = o.session_id"
                + " WHERE s.campaign_id = ?", campaign), opinions.getJsonNumber("opinions").longValue());
        Api.Download sheet = staff.download(API + "/campaigns/" + campaign + "/opinions/xlsx?unit=" + hamlet);
        assertEquals(200, sheet.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            assertEquals(5, workbook.getSheetAt(0).getLastRowNum(), "a heading and a row per opinion");
            assertEquals("Môi trường", workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue());
        }
        Api.Download print = staff.download(API + "/campaigns/" + campaign + "/opinions/pdf?unit=" + hamlet);
        assertEquals(200, print.status());
        assertTrue(print.contentType().startsWith("application/pdf"), print.contentType());
        assertEquals("%PDF", new String(print.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        JsonObject commune = staff.get(API + "/campaigns/" + campaign + "/progress?unit=" + COMMUNE).json();
        JsonObject ours = commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow();
        assertEquals(4, ours.getInt("membersReached"));
        assertEquals(2, commune.getInt("targets"), "the commune holds only this hamlet's targets");

        // A member joins a branch: its members on the deadline follow, in the command that enrolled her.
        member(registry, "Giang", second, hamlet);
        JsonObject joined = admin().get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).json();
        assertEquals(6, joined.getInt("members"), joined.toString());
        assertEquals(membersByHand(campaign, TODAY.plusDays(30)), joined.getJsonNumber("members").longValue());

        // Past the deadline, a branch without a session is overdue.
        long lonely = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        Sql.update("INSERT INTO campaign_target (campaign_id, org_unit_id, admin_unit_id) SELECT ?, id, admin_unit_id"
                + " FROM org_unit WHERE id = ?", campaign, lonely);
        Sql.update("UPDATE campaign SET deadline = ? WHERE id = ?", TODAY.minusDays(1), campaign);
        JsonObject late = admin().get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).json();
        assertEquals(1, late.getInt("overdue"), late.toString());

        Api other = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        assertEquals(404, other.get(API + "/campaigns/" + campaign).status());
        assertEquals(404, other.get(API + "/campaigns/" + campaign + "/progress").status());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(200, auditor.get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).status());
        assertEquals(403, session(auditor, campaign, second, List.of(em), 0).status());
        Api farmersOfficer = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HND"));
        assertEquals(404, session(farmersOfficer, campaign, second, List.of(em), 0).status(),
                "an officer of the farmers does not record the women's session");
        assertEquals(1, staff.get(API + "/campaigns?directiveId=" + directive).structure().asJsonArray().size());
    }

    @Test
    void aProvincialCampaignReachesEveryBranchOfTheProvinceAndItsTreeAddsUpAtEveryLevel() throws Exception {
        String province = (String) Sql.row("SELECT p.code FROM admin_unit c JOIN admin_unit p ON p.parent_id IS NULL"
                + " AND c.path LIKE CONCAT('/', p.id, '/%') WHERE c.code = ? AND c.valid_to IS NULL", COMMUNE)[0];
        long directive = id(admin().post(API + "/directives", """
                {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s", "title": "Toàn tỉnh"}"""
                .formatted(Deployments.unique(), TODAY)).json());
        long draft = id(admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Toàn tỉnh\"}").json());
        admin().post(API + "/summaries/" + draft + "/submit", "");
        long summary = id(admin().post(API + "/summaries/" + draft + "/approve", "").json());
        Api.Reply issued = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN", "HND"], "deadline": "%s",
                 "form": "CONFERENCE"}""".formatted(directive, summary, province, TODAY.plusDays(40)));
        assertEquals(201, issued.status(), issued.body());
        long campaign = id(issued.json());
        // Every open unit of the two organisations in the province with no open unit below it, counted by hand.
        Set<Long> branches = Sql.column("""
                SELECT u.id FROM org_unit u JOIN organisation o ON o.id = u.organisation_id
                  JOIN admin_unit a ON a.id = u.admin_unit_id JOIN admin_unit p ON p.code = ? AND p.parent_id IS NULL
                 WHERE o.code IN ('HPN', 'HND') AND (a.id = p.id OR a.path LIKE CONCAT('/', p.id, '/%'))
                   AND (u.closed_on IS NULL OR u.closed_on >= ?) AND (u.established_on IS NULL OR u.established_on <= ?)
                   AND u.id NOT IN (SELECT c.parent_id FROM org_unit c WHERE c.parent_id IS NOT NULL
                                     AND (c.closed_on IS NULL OR c.closed_on >= ?)
                                     AND (c.established_on IS NULL OR c.established_on <= ?))""", province, TODAY, TODAY,
                TODAY, TODAY)
                .stream().map(v -> ((Number) v).longValue()).collect(Collectors.toSet());
        assertTrue(branches.size() > 10, "the generated province has branches: " + branches.size());
        assertEquals(branches.size(), issued.json().getInt("targets"));
        assertEquals(branches, Sql.column("SELECT org_unit_id FROM campaign_target WHERE campaign_id = ?", campaign)
                .stream().map(v -> ((Number) v).longValue()).collect(Collectors.toSet()), "every branch, each once");

        JsonObject completion = admin().get(API + "/campaigns/" + campaign + "/completion").json();
        List<JsonObject> rows = completion.getJsonArray("rows").getValuesAs(JsonObject.class);
        assertEquals(province, rows.get(0).getString("unit"));
        assertEquals(branches.size(), rows.get(0).getInt("targets"));
        assertEquals(membersByHand(campaign, TODAY.plusDays(40)), rows.get(0).getInt("members"));
        // Each unit's targets are those of the units directly below it and its own; every target's place is a row.
        for (int i = 0; i < rows.size(); i++) {
            int depth = rows.get(i).getInt("depth");
            long below = 0;
            for (int j = i + 1; j < rows.size() && rows.get(j).getInt("depth") > depth; j++) {
                if (rows.get(j).getInt("depth") == depth + 1) {
                    below += rows.get(j).getInt("targets");
                }
            }
            long own = count("SELECT COUNT(*) FROM campaign_target t JOIN admin_unit a ON a.id = t.admin_unit_id"
                    + " WHERE t.campaign_id = ? AND a.code = ? AND a.valid_to IS NULL", campaign, rows.get(i).getString("unit"));
            assertEquals(rows.get(i).getInt("targets"), below + own, rows.get(i).toString());
        }
        Set<String> places = Sql.column("SELECT DISTINCT a.code FROM campaign_target t JOIN admin_unit a"
                + " ON a.id = t.admin_unit_id WHERE t.campaign_id = ?", campaign).stream().map(Object::toString)
                .collect(Collectors.toSet());
        assertTrue(rows.stream().map(r -> r.getString("unit")).collect(Collectors.toSet()).containsAll(places),
                "every place holding branches is in the tree");

        Api.Download file = admin().download(API + "/campaigns/" + campaign + "/completion/xlsx");
        assertEquals(200, file.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            assertEquals(rows.size(), workbook.getSheetAt(0).getLastRowNum(), "a heading and a row per unit");
            assertEquals(branches.size(), (long) workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue());
        }
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of());
        JsonObject communes = staff.get(API + "/campaigns/" + campaign + "/completion").json();
        assertEquals(COMMUNE, communes.getJsonArray("rows").getJsonObject(0).getString("unit"),
                "a commune officer's tree starts at the commune");

        // The commune sends its consolidated report up, once, with its figures as they stand.
        assertEquals(TODAY.plusDays(47).toString(), admin().get(API + "/campaigns/" + campaign).json().getString("reportDue"),
                "a week after the deadline unless said");
        String aHamlet = (String) Sql.row("SELECT h.code FROM admin_unit h JOIN admin_unit c ON c.id = h.parent_id"
                + " WHERE c.code = ? AND h.valid_to IS NULL LIMIT 1", COMMUNE)[0];
        Api.Reply wrong = staff.post(API + "/campaigns/" + campaign + "/reports",
                "{\"unit\": \"%s\", \"note\": \"%s\"}".formatted(aHamlet, "Đề nghị. ".repeat(500)));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(Set.of("unit", "note"), wrong.fields(),
                "a hamlet does not report, and a note is at most 4,000 characters: " + wrong.body());
        assertEquals(Set.of("unit"), admin().post(API + "/campaigns/" + campaign + "/reports",
                "{\"unit\": \"%s\"}".formatted(province)).fields(), "the territory itself does not report");
        Api farmersElsewhere = Accounts.client(server(), admin(), List.of("STAFF"), OTHER_COMMUNE, List.of("HND"));
        assertEquals(403, farmersElsewhere.post(API + "/campaigns/" + campaign + "/reports",
                "{\"unit\": \"%s\"}".formatted(OTHER_COMMUNE)).status(), "a farmers' officer does not speak for the commune");
        assertEquals(404, farmersElsewhere.post(API + "/campaigns/" + campaign + "/reports",
                "{\"unit\": \"%s\"}".formatted(COMMUNE)).status(), "another commune's report is out of scope");
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());
        assertEquals(403, auditor.post(API + "/campaigns/" + campaign + "/reports",
                "{\"unit\": \"%s\"}".formatted(COMMUNE)).status());
        Api.Reply sent = staff.post(API + "/campaigns/" + campaign + "/reports", """
                {"unit": "%s", "note": "Các chi hội đã nhận tài liệu;\\r\\nđề nghị tỉnh gửi thêm tờ rơi."}""".formatted(COMMUNE));
        assertEquals(201, sent.status(), sent.body());
        assertEquals("SENT", sent.json().getString("state"));
        JsonObject communeRow = rows.stream().filter(r -> r.getString("unit").equals(COMMUNE)).findFirst().orElseThrow();
        for (String figure : List.of("targets", "acknowledged", "sessionsHeld", "membersReached", "members")) {
            assertEquals(communeRow.getInt(figure), sent.json().getInt(figure), figure);
        }
        Api.Reply again = staff.post(API + "/campaigns/" + campaign + "/reports", "{\"unit\": \"%s\"}".formatted(COMMUNE));
        assertEquals(409, again.status(), again.body());
        assertEquals(Set.of("unit"), again.fields());
        JsonObject seen = admin().get(API + "/campaigns/" + campaign + "/reports").json();
        assertTrue(seen.isNull("own"), "the province does not report to itself");
        Map<String, String> states = seen.getJsonArray("below").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("unit"), r -> r.getString("state")));
        assertEquals("SENT", states.get(COMMUNE), states.toString());
        assertEquals("WAITING", states.get(OTHER_COMMUNE), states.toString());
        JsonObject own = staff.get(API + "/campaigns/" + campaign + "/reports?unit=" + COMMUNE).json().getJsonObject("own");
        assertEquals("Các chi hội đã nhận tài liệu;\nđề nghị tỉnh gửi thêm tờ rơi.", own.getString("note"),
                "the paragraphs kept, Windows' line break as one");
        Api.Reply dueEarly = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "reportDue": "%s", "form": "CONFERENCE"}""".formatted(directive, summary, COMMUNE, TODAY.plusDays(5),
                TODAY.plusDays(4)));
        assertEquals(Set.of("reportDue"), dueEarly.fields(), dueEarly.body());
    }

    private static Api.Reply session(Api api, long campaign, long unit, List<Long> attendees, int others) {
        return api.post(API + "/campaigns/" + campaign + "/sessions", """
                {"orgUnitId": %d, "heldOn": "%s", "presenter": "Bà Nguyễn Thị Báo Cáo", "attendees": %s, "othersPresent": %d,
                 "questions": "Hỏi: bao giờ\\r\\nthu gom rác?", "opinions": [{"topic": "Môi trường", "text": "Đề nghị thêm thùng rác"}]}"""
                .formatted(unit, TODAY, attendees.toString(), others));
    }

    private static long member(Registry registry, String given, long branch, String hamlet) {
        long person = registry.person("Phạm Thị " + given + " " + Deployments.uniqueLetters(), hamlet);
        registry.enrol(person, branch, "2015-01-01");
        return person;
    }

    /** A branch's members present at its sessions, added up over the branches (a person in two counts in both). */
    private static long reachedByHand(long campaign) throws SQLException {
        return count("SELECT COUNT(DISTINCT s.target_id, a.person_id) FROM campaign_attendee a JOIN campaign_session s"
                + " ON s.id = a.session_id WHERE s.campaign_id = ?", campaign);
    }

    /** A branch's members active on the deadline, added up over the branches. */
    private static long membersByHand(long campaign, LocalDate deadline) throws SQLException {
        return count("SELECT COUNT(DISTINCT t.org_unit_id, m.person_id) FROM campaign_target t JOIN membership_period p"
                + " ON p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE' AND p.valid_from <= ?"
                + " AND (p.valid_to IS NULL OR p.valid_to >= ?) JOIN membership m ON m.id = p.membership_id"
                + " WHERE t.campaign_id = ?", deadline, deadline, campaign);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
