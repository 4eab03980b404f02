package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
    void aCampaignReachesEveryBranchAndItsProgressRollsUpExactly() throws SQLException {
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

        JsonObject progress = admin().get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).json();
        assertEquals(2, progress.getInt("targets"));
        assertEquals(2, progress.getInt("acknowledged"));
        assertEquals(2, progress.getInt("sessionsHeld"));
        assertEquals(4, progress.getInt("membersReached"), "An, Bình, Chi and Dung, Bình once");
        assertEquals(5, progress.getInt("members"));
        assertEquals(0, progress.getInt("overdue"));
        assertEquals(count("SELECT COUNT(DISTINCT a.person_id) FROM campaign_attendee a JOIN campaign_session s"
                + " ON s.id = a.session_id WHERE s.campaign_id = ?", campaign), progress.getJsonNumber("membersReached").longValue());
        assertEquals(count("SELECT COUNT(DISTINCT m.person_id) FROM campaign_target t JOIN membership_period p"
                + " ON p.org_unit_id = t.org_unit_id AND p.status = 'ACTIVE' AND p.valid_from <= ?"
                + " AND (p.valid_to IS NULL OR p.valid_to >= ?) JOIN membership m ON m.id = p.membership_id"
                + " WHERE t.campaign_id = ?", TODAY.plusDays(30), TODAY.plusDays(30), campaign),
                progress.getJsonNumber("members").longValue());

        JsonObject commune = staff.get(API + "/campaigns/" + campaign + "/progress?unit=" + COMMUNE).json();
        JsonObject ours = commune.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow();
        assertEquals(4, ours.getInt("membersReached"));
        assertEquals(2, commune.getInt("targets"), "the commune holds only this hamlet's targets");

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

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }
}
