package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
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

/**
 * The yearly rating of Youth Union members through the API, on last year (decided on its last
 * day, so the dates are fixed): who is on a branch's roll, who may be rated (six months without a
 * break, a transfer being no break, a pause one), the self-assessment before the decision, the
 * previous branch's comment that follows a transferred member, one decision a year, the levels and
 * outstanding members against hand-written SQL, and the walk as a scoped STAFF, a scoped ADMIN and
 * an AUDITOR. Each test works on a hamlet of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberRatingsApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    private String hamlet;
    private long branch;
    private long otherBranch;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeEach
    void twoBranchesOfItsOwn() {
        Registry registry = new Registry(admin());
        hamlet = registry.hamlet("Ấp Xếp Loại " + Deployments.unique(), COMMUNE);
        branch = registry.newUnit("DTN", "CHI_DOAN", COMMUNE, hamlet);
        otherBranch = registry.newUnit("DTN", "CHI_DOAN", COMMUNE, hamlet);
    }

    @Test
    void aBranchRatesItsMembersOfSixMonthsAndATransferredMemberBringsTheComment() throws SQLException {
        long an = member("Nguyễn Văn An", branch, "2020-01-01");
        long binh = member("Trần Thị Bình", branch, YEAR + "-09-01");
        long chi = member("Lê Minh Chí", otherBranch, "2019-05-01");
        long dung = member("Phạm Thị Dung", branch, "2018-03-01");
        long em = member("Võ Văn Em", branch, "2015-06-01");
        transfer(chi, branch, YEAR + "-10-01");
        transfer(dung, otherBranch, YEAR + "-11-01");
        status(em, "PAUSED", YEAR + "-03-01");
        status(em, "ACTIVE", YEAR + "-08-01");

        // The previous branch writes its comment on the member it had until October.
        Api.Reply before = record(admin(), chi, otherBranch, "GOOD", "Tự giác, đúng giờ", "Hăng hái trong phong trào",
                null, null);
        assertEquals(200, before.status(), before.body());

        Map<Long, JsonObject> roll = roll(admin(), branch);
        assertEquals(Set.of(an, binh, chi, dung, em), roll.keySet(), "everyone who belonged to the branch in " + YEAR);
        assertTrue(roll.get(an).getBoolean("eligible"));
        assertFalse(roll.get(binh).getBoolean("eligible"), "four months only");
        assertTrue(roll.get(chi).getBoolean("eligible"), "a transfer is no break");
        assertEquals("2019-05-01", roll.get(chi).getString("inUnionSince"));
        assertEquals(YEAR + "-10-01", roll.get(chi).getString("inBranchSince"));
        assertFalse(roll.get(dung).getBoolean("current"), "transferred out in November");
        assertFalse(roll.get(em).getBoolean("eligible"), "a pause is a break: five months since");
        JsonObject earlier = roll.get(chi).getJsonArray("earlier").getJsonObject(0);
        assertEquals(otherBranch, earlier.getJsonNumber("orgUnitId").longValue());
        assertEquals("Hăng hái trong phong trào", earlier.getString("comment"), "the previous branch's comment follows");
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Chí", "Võ Văn Em", "Phạm Thị Dung"),
                rollNames(admin(), branch), "current members by given name, then those who left");

        Api.Reply withoutSelf = record(admin(), an, branch, null, null, "Gương mẫu", "EXCELLENT", null);
        assertEquals(400, withoutSelf.status(), withoutSelf.body());
        assertEquals(Set.of("level"), withoutSelf.fields(), "the self-assessment comes first");
        Api.Reply decided = record(admin(), an, branch, "EXCELLENT", "Hoàn thành tốt", "Gương mẫu, đi đầu", "EXCELLENT", null);
        assertEquals(200, decided.status(), decided.body());
        assertEquals("EXCELLENT", decided.json().getString("level"));
        assertEquals(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString(), decided.json().getString("decidedOn"));

        Api.Reply tooShort = record(admin(), binh, branch, "GOOD", null, null, "GOOD", null);
        assertEquals(400, tooShort.status(), tooShort.body());
        assertEquals(Set.of("level"), tooShort.fields());
        assertTrue(tooShort.body().contains("01/09/" + YEAR), "the message names since when: " + tooShort.body());
        assertEquals(200, record(admin(), binh, branch, "GOOD", "Mới chuyển về", null, null, null).status(),
                "the self-assessment of a member not rated yet is kept");
        Api.Reply paused = record(admin(), em, branch, "GOOD", null, null, "GOOD", null);
        assertEquals(400, paused.status(), paused.body());

        Api.Reply chiRated = record(admin(), chi, branch, "GOOD", null, "Tiến bộ", "GOOD", null);
        assertEquals(200, chiRated.status(), chiRated.body());
        Api.Reply fromTheOldBranch = record(admin(), chi, otherBranch, "GOOD", "Tự giác, đúng giờ",
                "Hăng hái trong phong trào", "EXCELLENT", before.json().getInt("version"));
        assertEquals(400, fromTheOldBranch.status(), fromTheOldBranch.body());
        assertEquals(Set.of("level"), fromTheOldBranch.fields(), "only the branch at the year's end decides");
        Api.Reply dungHere = record(admin(), dung, branch, "COMPLETED", null, "Chuyển công tác", "COMPLETED", null);
        assertEquals(400, dungHere.status(), dungHere.body());
        assertEquals(200, record(admin(), dung, branch, "COMPLETED", null, "Chuyển công tác", null, null).status(),
                "the branch a member left writes its comment");
        Api.Reply dungThere = record(admin(), dung, otherBranch, "COMPLETED", null, null, "COMPLETED", null);
        assertEquals(200, dungThere.status(), dungThere.body());

        Api.Reply stale = record(admin(), an, branch, "EXCELLENT", null, "Sửa lại", "GOOD",
                decided.json().getInt("version") - 1);
        assertEquals(409, stale.status(), "a form saved over another's change: " + stale.body());

        // The summary of the branch and of the commune's Youth Union, against hand-written SQL.
        JsonObject summary = admin().get(API + "/member-ratings/summary?unit=" + branch + "&year=" + YEAR).json();
        assertEquals(1, summary.getJsonObject("levels").getInt("EXCELLENT"));
        assertEquals(1, summary.getJsonObject("levels").getInt("GOOD"));
        assertEquals(2, summary.getInt("rated"));
        assertEquals(List.of(an), summary.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("personId").longValue()).toList());
        long commune = new Registry(admin()).branch("DTN", COMMUNE);
        JsonObject ofCommune = admin().get(API + "/member-ratings/summary?unit=" + commune + "&year=" + YEAR).json();
        for (String level : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED")) {
            assertEquals(count("""
                    SELECT COUNT(*) FROM member_rating r JOIN org_unit u ON u.id = r.org_unit_id
                    WHERE r.rated_year = ? AND r.level = ? AND (u.id = ? OR u.path LIKE CONCAT(
                        (SELECT path FROM org_unit WHERE id = ?), ?, '/%'))""", YEAR, level, commune, commune, commune),
                    ofCommune.getJsonObject("levels").getInt(level), level + " under the commune");
        }
    }

    @Test
    void everyMistakeIsAnsweredAtOnceAndNothingIsHalfWritten() throws SQLException {
        long an = member("Đặng Văn An", branch, "2020-01-01");
        long women = new Registry(admin()).newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        Api.Reply everything = admin().put(API + "/member-ratings/" + an + "/1980", """
                {"orgUnitId": %d, "selfLevel": "GOOD", "comment": "%s"}""".formatted(women, "x".repeat(1001)));
        assertEquals(400, everything.status(), everything.body());
        assertEquals(Set.of("year", "orgUnitId", "comment"), everything.fields());
        Api.Reply unknownLevel = admin().put(API + "/member-ratings/" + an + "/" + YEAR, """
                {"orgUnitId": %d, "selfLevel": "TOT", "level": "XUAT_SAC"}""".formatted(branch));
        assertEquals(400, unknownLevel.status(), unknownLevel.body());
        assertEquals(Set.of("selfLevel", "level"), unknownLevel.fields());
        Api.Reply notHere = admin().put(API + "/member-ratings/" + an + "/" + YEAR, """
                {"orgUnitId": %d, "selfLevel": "GOOD"}""".formatted(otherBranch));
        assertEquals(400, notHere.status(), notHere.body());
        assertEquals(Set.of("orgUnitId"), notHere.fields());
        assertEquals(404, admin().put(API + "/member-ratings/999999999/" + YEAR, """
                {"orgUnitId": %d}""".formatted(branch)).status());
        Api.Reply pasted = record(admin(), an, branch, "GOOD", "Tôi\u00a0đã cố gắng\r\n– học tập “tốt”", null, null, null);
        assertEquals(200, pasted.status(), pasted.body());
        assertEquals(1L, count("SELECT COUNT(*) FROM member_rating WHERE person_id = ?", an),
                "the refused forms wrote nothing");
        assertEquals(400, admin().get(API + "/member-ratings?unit=" + women + "&year=" + YEAR).status(),
                "a Women's Union branch has no member ratings");
    }

    @Test
    void scopedStaffAdministratorsAndAuditorsWalkTheRatings() throws Exception {
        long an = member("Hồ Văn An", branch, "2020-01-01");
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("DTN"));
        Api womensStaff = Accounts.client(server(), admin(), List.of("STAFF"), COMMUNE, List.of("HPN"));
        Api otherCommune = Accounts.client(server(), admin(), List.of("STAFF"), "29242", List.of());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), COMMUNE, List.of());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), null, List.of());

        assertEquals(200, staff.get(API + "/member-ratings?unit=" + branch + "&year=" + YEAR).status());
        Api.Reply byStaff = record(staff, an, branch, "GOOD", null, null, null, null);
        assertEquals(200, byStaff.status(), byStaff.body());
        Api.Reply byAdmin = record(communeAdmin, an, branch, "GOOD", null, "Tích cực", "GOOD",
                byStaff.json().getInt("version"));
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals(400, womensStaff.get(API + "/member-ratings?unit=" + branch + "&year=" + YEAR).status(),
                "another organisation's branch is as good as missing");
        assertEquals(404, record(otherCommune, an, branch, "GOOD", null, null, null, null).status(),
                "a member out of scope is as good as missing");
        assertEquals(400, otherCommune.get(API + "/member-ratings?unit=" + branch + "&year=" + YEAR).status());
        assertEquals(0, otherCommune.get(API + "/member-ratings/summary?year=" + YEAR).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("personId").longValue() == an).count());
        assertEquals(200, auditor.get(API + "/member-ratings?unit=" + branch + "&year=" + YEAR).status());
        assertEquals(403, record(auditor, an, branch, "EXCELLENT", null, null, null, null).status());
        assertEquals("GOOD", roll(auditor, branch).get(an).getJsonObject("own").getString("level"));

        Api.Download file = staff.download(API + "/member-ratings/summary/export?unit=" + branch + "&year=" + YEAR);
        assertEquals(200, file.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Set<String> firstColumn = new java.util.HashSet<>();
            for (Row row : book.getSheetAt(0)) {
                firstColumn.add(row.getCell(0) == null ? "" : row.getCell(0).toString());
            }
            assertTrue(firstColumn.contains("Hoàn thành tốt nhiệm vụ"), firstColumn.toString());
        }
        assertEquals(1L, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND changes LIKE ?",
                "%outstanding year=" + YEAR + " unit=" + branch + " %"), "the file's issue is recorded");
    }

    // ------------------------------------------------------------------------------------------

    private long member(String fullName, long unit, String joinedOn) {
        Registry registry = new Registry(admin());
        long person = registry.person(fullName.replaceFirst(" ", " " + Deployments.uniqueLetters() + " "),
                LocalDate.of(2000, 4, 30), hamlet);
        registry.enrol(person, unit, joinedOn);
        return person;
    }

    private long membership(long person) {
        return admin().get(API + "/persons/" + person).json().getJsonArray("memberships").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("organisationCode").equals("DTN")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private void transfer(long person, long to, String day) {
        Api.Reply issued = admin().post(API + "/memberships/" + membership(person) + "/transfer",
                "{\"toOrgUnitId\": %d, \"day\": \"%s\"}".formatted(to, day));
        assertEquals(201, issued.status(), issued.body());
        Api.Reply accepted = admin().post(API + "/transfers/" + issued.json().getJsonNumber("id").longValue() + "/accept",
                "{\"day\": \"%s\"}".formatted(day));
        assertEquals(200, accepted.status(), accepted.body());
    }

    private void status(long person, String status, String day) {
        Api.Reply changed = admin().post(API + "/memberships/" + membership(person) + "/status",
                "{\"status\": \"%s\", \"day\": \"%s\", \"reason\": \"kiểm thử\"}".formatted(status, day));
        assertEquals(200, changed.status(), changed.body());
    }

    private static Api.Reply record(Api api, long person, long unit, String selfLevel, String selfComment, String comment,
                                    String level, Integer version) {
        return api.put(API + "/member-ratings/" + person + "/" + YEAR, """
                {"orgUnitId": %d, "selfLevel": %s, "selfComment": %s, "comment": %s, "level": %s, "version": %s}"""
                .formatted(unit, json(selfLevel), json(selfComment), json(comment), json(level), version));
    }

    private static String json(String text) {
        return text == null ? "null" : Json.createValue(text).toString();
    }

    private static Map<Long, JsonObject> roll(Api api, long unit) {
        Api.Reply roll = api.get(API + "/member-ratings?unit=" + unit + "&year=" + YEAR);
        assertEquals(200, roll.status(), roll.body());
        return ((JsonArray) roll.structure()).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(m -> m.getJsonNumber("personId").longValue(), m -> m));
    }

    private static List<String> rollNames(Api api, long unit) {
        return ((JsonArray) api.get(API + "/member-ratings?unit=" + unit + "&year=" + YEAR).structure())
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("fullName").replaceAll(" Q[a-z0-9]+", ""))
                .toList();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        return ((Number) Sql.row(sql, parameters)[0]).longValue();
    }
}
