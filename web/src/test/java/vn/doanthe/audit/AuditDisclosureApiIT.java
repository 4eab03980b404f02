package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.mutation.PersonalFields;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;
import vn.doanthe.testing.Sql;

/**
 * Every view of the audit trail (search, export, the record as on a day) masks the personal data
 * every other screen masks; a logged reveal with a reason shows one entry's values; a scoped
 * administrator reads the trail of their territory only, an auditor the whole country's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditDisclosureApiIT extends ClientTest {

    private static final String AUDIT = "/doanthe/api/v1/audit";
    private static final String API_PERSONS = "/doanthe/api/v1/persons/";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void noViewOfTheTrailShowsACccdOrAPhoneUnlessRevealedWithAReason() {
        String nationalId = NationalId.compose("86", Gender.FEMALE, 1986, Serials.next());
        long person = register("29254.01", nationalId);

        JsonObject created = entry(admin(), person);
        String shown = created.toString();
        assertFalse(shown.contains(nationalId) || shown.contains("0912345678"), shown);
        assertTrue(shown.contains("091••••678") && shown.contains(PersonalFields.mask(nationalId)), shown);
        assertFalse(shown.contains("\"05\"") || shown.contains("\"01\""), "ethnicity and religion are hidden: " + shown);

        String csv = admin().download(AUDIT + "/export?format=csv&entityType=Person&entityId=" + person).text();
        assertTrue(csv.contains("Phạm Thị Nhật Ký"), csv);
        assertFalse(csv.contains(nationalId) || csv.contains("0912345678"), csv);
        JsonObject state = admin().get(AUDIT + "/state?entityType=Person&entityId=" + person).json();
        assertFalse(state.toString().contains(nationalId) || state.toString().contains("0912345678"), state.toString());

        long id = created.getJsonNumber("id").longValue();
        Api.Reply noReason = admin().post(AUDIT + "/" + id + "/reveal", "{}");
        assertEquals(400, noReason.status(), noReason.body());
        Api.Reply revealed = admin().post(AUDIT + "/" + id + "/reveal", "{\"reason\": \"xác minh khiếu nại\"}");
        assertEquals(200, revealed.status(), revealed.body());
        assertTrue(revealed.body().contains(nationalId) && revealed.body().contains("0912345678"), revealed.body());
        JsonObject reveal = admin().get(AUDIT + "?entityType=AuditEntry&entityId=" + id + "&action=REVEAL").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("admin", reveal.getString("user"));
        assertEquals("xác minh khiếu nại", reveal.getString("reason"));
    }

    @Test
    void aScopedAdministratorReadsTheTrailOfTheirTerritoryAndAnAuditorTheCountrys() {
        long inside = register("29254.02", null);
        long outside = register("29242.01", null);
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), "29254", List.of());
        Api auditor = Accounts.client(server(), admin(), List.of("AUDITOR"), "29254", List.of());

        assertEquals(1, count(communeAdmin, AUDIT + "?entityType=Person&entityId=" + inside));
        assertEquals(0, count(communeAdmin, AUDIT + "?entityType=Person&entityId=" + outside));
        assertEquals(0, count(communeAdmin, AUDIT + "?unit=29242"));
        assertEquals(0, count(communeAdmin, AUDIT + "?user=admin&unit=86") - count(communeAdmin, AUDIT + "?user=admin&unit=29254"),
                "the province's entries shown to her are her commune's");
        assertEquals(404, communeAdmin.get(AUDIT + "/state?entityType=Person&entityId=" + outside).status());
        long outsideEntry = entry(admin(), outside).getJsonNumber("id").longValue();
        assertEquals(404, communeAdmin.post(AUDIT + "/" + outsideEntry + "/reveal", "{\"reason\": \"thử\"}").status());
        String csv = communeAdmin.download(AUDIT + "/export?format=csv&entityType=Person&entityId=" + outside).text();
        assertEquals(1, csv.strip().lines().count(), "the header alone: " + csv);

        assertEquals(1, count(auditor, AUDIT + "?entityType=Person&entityId=" + outside), "an auditor reads everything");
        assertEquals(200, auditor.get(AUDIT + "/state?entityType=Person&entityId=" + outside).status());
    }

    @Test
    void anonymisingAPersonMakesWhatTheTrailRecordedUnreadableWhileTheChainStillVerifies() throws Exception {
        String nationalId = NationalId.compose("86", Gender.FEMALE, 1986, Serials.next());
        long person = register("29254.04", nationalId);
        String name = admin().get(API_PERSONS + person).json().getString("fullName");
        Object[] stored = Sql.row("SELECT CAST(GROUP_CONCAT(changes SEPARATOR ' ') AS CHAR) FROM audit_entry"
                + " WHERE entity_type = 'Person' AND entity_id = ?", String.valueOf(person));
        String raw = (String) stored[0];
        assertTrue(raw.contains("enc:v1:"), raw);
        assertFalse(raw.contains(nationalId) || raw.contains("0912345678") || raw.contains(name),
                "the trail stores personal values sealed: " + raw);
        long created = entry(admin(), person).getJsonNumber("id").longValue();
        assertTrue(reveal(created).contains(name), "a reveal opens them");

        Api.Reply anonymised = admin().post(API_PERSONS + person + "/anonymise", "{\"reason\": \"hết thời hạn lưu trữ\"}");
        assertEquals(200, anonymised.status(), anonymised.body());
        String after = reveal(created);
        assertFalse(after.contains(name) || after.contains(nationalId) || after.contains("0912345678"), after);
        assertTrue(after.contains("[đã xoá]"), after);
        assertTrue(admin().get(AUDIT + "?entityType=Person&entityId=" + person).body().contains("[đã xoá]"));
        assertTrue(admin().get(AUDIT + "/verify").json().getBoolean("intact"), "the chain still verifies");
    }

    private String reveal(long entry) {
        Api.Reply revealed = admin().post(AUDIT + "/" + entry + "/reveal", "{\"reason\": \"kiểm tra xoá dữ liệu\"}");
        assertEquals(200, revealed.status(), revealed.body());
        return revealed.body();
    }

    private long register(String hamlet, String nationalId) {
        Api.Reply created = admin().post("/doanthe/api/v1/persons", """
                {"fullName": "Phạm Thị Nhật Ký %s", "gender": "FEMALE", "birthDate": "1986-02-03", "phone": "0912345678",
                 "nationalId": %s, "ethnicityCode": "05", "religionCode": "01", "hamletCode": "%s"}"""
                .formatted(Deployments.unique(), nationalId == null ? "null" : "\"" + nationalId + "\"", hamlet));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObject entry(Api api, long person) {
        return api.get(AUDIT + "?entityType=Person&entityId=" + person).json().getJsonArray("items").getJsonObject(0);
    }

    private static int count(Api api, String path) {
        Api.Reply reply = api.get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getInt("total");
    }
}
