package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Serials;

/**
 * Personal data as Decree 13/2023/NĐ-CP asks: CCCD, phone, ethnicity and religion masked wherever
 * persons are listed or shown, revealed to a permitted user who gives a reason (recorded), exported
 * only with a grant, handed to the person on request, and erased at the end of retention while the
 * counts stay as they were.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";
    private static final String HAMLET = "29254.05";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void listsAndRecordsShowMaskedValuesAndARoundTripKeepsTheStoredOnes() {
        String word = "An" + Deployments.unique();
        String nationalId = nationalId();
        long id = register("Đặng Thị " + word, nationalId);

        JsonObject shown = admin().get(API + "/persons/" + id).json();
        assertEquals(nationalId.substring(0, 4) + "••••" + nationalId.substring(8), shown.getString("nationalId"));
        assertEquals("091••••678", shown.getString("phone"));
        assertEquals("••", shown.getString("ethnicityCode"));
        assertEquals("••", shown.getString("religionCode"));
        JsonObject listed = admin().get(API + "/persons?q=" + word).json().getJsonArray("items").getJsonObject(0);
        assertEquals(shown.getString("nationalId"), listed.getString("nationalId"));
        assertFalse(admin().get(API + "/persons?q=" + word).body().contains(nationalId));

        Api.Reply corrected = admin().put(API + "/persons/" + id,
                Json.createObjectBuilder(shown).add("occupation", "Giáo viên").build().toString());
        assertEquals(200, corrected.status(), corrected.body());
        JsonObject revealed = reveal(admin(), id, "đối chiếu hồ sơ").json();
        assertEquals(nationalId, revealed.getString("nationalId"));
        assertEquals("0912345678", revealed.getString("phone"));
        assertEquals("05", revealed.getString("ethnicityCode"));
        assertEquals("01", revealed.getString("religionCode"));
        assertEquals("Giáo viên", revealed.getString("occupation"));
    }

    @Test
    void aRevealNeedsAReasonAndAPermittedRoleAndIsRecordedWithIt() {
        long id = register("Kim Thị Lộ " + Deployments.unique(), nationalId());

        Api.Reply withoutReason = reveal(admin(), id, " ");
        assertEquals(400, withoutReason.status(), withoutReason.body());
        assertEquals(403, reveal(user("VIEWER"), id, "tò mò").status());
        assertEquals(200, reveal(user("STAFF"), id, "xác minh kết nạp").status());

        JsonObject entries = admin().get(API + "/audit?entityType=Person&entityId=" + id).json();
        List<JsonObject> reveals = entries.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> "REVEAL".equals(e.getString("action"))).toList();
        assertEquals(1, reveals.size(), entries.toString());
        assertTrue(reveals.get(0).getString("user").startsWith("u"), reveals.toString());
        assertTrue(reveals.get(0).toString().contains("xác minh kết nạp"), reveals.toString());
    }

    @Test
    void exportingPersonalDataNeedsTheGrant() {
        String word = "Xuat" + Deployments.unique();
        String nationalId = nationalId();
        register("Mai Thị " + word, nationalId);

        String masked = admin().download(API + "/persons/export?format=csv&q=" + word).text();
        assertTrue(masked.contains("Mai Thị"), masked);
        assertFalse(masked.contains(nationalId), masked);
        assertEquals(403, admin().download(API + "/persons/export?format=csv&personalData=true&q=" + word).status());

        Api granted = user("STAFF", "PERSONAL_DATA");
        Api.Download full = granted.download(API + "/persons/export?format=csv&personalData=true&q=" + word);
        assertEquals(200, full.status());
        assertTrue(full.text().contains(nationalId), full.text());
    }

    @Test
    void aPersonGetsTheirDataAndIsAnonymisedAtTheEndOfRetentionKeepingTheCounts() {
        String word = "Xoa" + Deployments.unique();
        String nationalId = nationalId();
        long id = register("Quách Thị " + word, nationalId);
        Registry registry = new Registry(admin());
        long membership = registry.enrol(id, registry.branch("HPN", HAMLET), "2010-03-08");
        Api.Reply away = admin().post(API + "/memberships/" + membership + "/status", """
                {"status": "AWAY", "day": "2024-02-01", "awayPlace": "KCN Tân Tạo", "awayContact": "0912345678"}""");
        assertEquals(200, away.status(), away.body());

        Api.Reply access = admin().post(API + "/persons/" + id + "/subject-access", "{\"reason\": \"bà yêu cầu bản sao\"}");
        assertEquals(200, access.status(), access.body());
        assertTrue(access.header("Content-Disposition").contains("attachment"), access.header("Content-Disposition"));
        JsonObject report = access.json();
        assertEquals(nationalId, report.getJsonObject("person").getString("nationalId"));
        assertEquals(1, report.getJsonObject("person").getJsonArray("memberships").size());
        assertTrue(report.getJsonArray("history").size() >= 2, "the person's and the membership's creation");
        assertEquals(403, user("STAFF").post(API + "/persons/" + id + "/subject-access", "{\"reason\": \"x\"}").status());

        JsonObject before = admin().get(API + "/stats/members?unit=" + HAMLET).json();
        Api.Reply anonymised = admin().post(API + "/persons/" + id + "/anonymise", "{\"reason\": \"hết thời hạn lưu trữ\"}");
        assertEquals(200, anonymised.status(), anonymised.body());
        JsonObject after = reveal(admin(), id, "kiểm tra ẩn danh").json();
        assertFalse(after.getString("fullName").contains(word), after.toString());
        assertTrue(absent(after, "nationalId") && absent(after, "phone") && absent(after, "ethnicityCode"), after.toString());
        assertEquals(LocalDate.of(1985, 1, 1).toString(), after.getString("birthDate"));
        assertEquals(1, after.getJsonArray("memberships").size());
        JsonObject keptMembership = after.getJsonArray("memberships").getJsonObject(0);
        assertEquals("AWAY", keptMembership.getString("status"), "the status stays for the counts");
        assertTrue(absent(keptMembership, "awayPlace") && absent(keptMembership, "awayContact"),
                "where the member works and how to reach them go: " + keptMembership);
        JsonObject counted = admin().get(API + "/stats/members?unit=" + HAMLET).json();
        assertEquals(before.getJsonNumber("persons"), counted.getJsonNumber("persons"));
        assertEquals(before.getJsonArray("byOrganisation"), counted.getJsonArray("byOrganisation"));
        assertEquals(0, admin().get(API + "/persons?q=" + word).json().getInt("total"));

        JsonObject trail = admin().get(API + "/audit?entityType=Person&entityId=" + id + "&size=50").json();
        List<JsonObject> erasures = trail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> "UPDATE".equals(e.getString("action")) && e.toString().contains("hết thời hạn lưu trữ")).toList();
        assertEquals(1, erasures.size(), trail.toString());
        assertTrue(erasures.get(0).toString().contains("nationalId"), "the entry names the fields erased");
        assertFalse(erasures.get(0).toString().contains(nationalId) || erasures.get(0).toString().contains(word),
                erasures.toString());
        assertEquals(403, user("STAFF").post(API + "/persons/" + id + "/anonymise", "{\"reason\": \"x\"}").status());
    }

    private static boolean absent(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    private long register(String fullName, String nationalId) {
        Api.Reply created = admin().post(API + "/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1985-06-15", "nationalId": "%s",
                 "phone": "0912345678", "ethnicityCode": "05", "religionCode": "01", "hamletCode": "%s"}"""
                .formatted(fullName, nationalId, HAMLET));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Api.Reply reveal(Api api, long id, String reason) {
        return api.post(API + "/persons/" + id + "/reveal", "{\"reason\": \"%s\"}".formatted(reason));
    }

    private static String nationalId() {
        return NationalId.compose("86", Gender.FEMALE, 1985, Serials.next());
    }

    private Api user(String... roles) {
        return Accounts.client(server(), admin(), List.of(roles), null, List.of());
    }
}
