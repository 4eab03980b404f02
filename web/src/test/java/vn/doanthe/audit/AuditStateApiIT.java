package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/**
 * "What did this record look like on day D": rebuilt from its audit entries alone, as it stood at
 * the end of a day or right after one of its entries; nothing before it was created.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditStateApiIT extends ClientTest {

    private static final String STATE = "/doanthe/api/v1/audit/state?entityType=Person&entityId=";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aRecordStandsAsItsLastChangeLeftIt() {
        long person = personWhosePhoneChanged();
        JsonObject state = state(person, today().toString());

        Map<String, String> fields = fields(state);
        JsonObject registry = admin().get("/doanthe/api/v1/persons/" + person).json();
        assertEquals(registry.getString("fullName"), fields.get("fullName"));
        assertEquals("098••••321", fields.get("phone"), "masked as on every other screen");
        assertEquals("1980-02-02", fields.get("birthDate"));
        assertTrue(state.getBoolean("complete"), state.toString());
        JsonArray entries = entries(person);
        assertEquals(entries.getJsonObject(0).getJsonNumber("id").longValue(), state.getJsonNumber("lastEntryId").longValue());
        assertEquals("admin", state.getString("lastChangedBy"));
    }

    @Test
    void rightAfterItsCreationTheRecordHasItsFirstValues() {
        long person = personWhosePhoneChanged();
        JsonObject created = entries(person).getJsonObject(1);
        assertEquals("CREATE", created.getString("action"));

        JsonObject state = state(person, created.getString("at"));
        assertEquals("091••••678", fields(state).get("phone"));
        assertEquals(created.getJsonNumber("id").longValue(), state.getJsonNumber("lastEntryId").longValue());
    }

    @Test
    void beforeItWasCreatedTheRecordIsNotThere() {
        long person = personWhosePhoneChanged();
        Api.Reply yesterday = admin().get(STATE + person + "&at=" + today().minusDays(1));
        assertEquals(404, yesterday.status(), yesterday.body());
        assertEquals("at", field(yesterday));
        assertTrue(yesterday.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("chưa"),
                yesterday.body());
    }

    @Test
    void wrongQuestionsAreProblemsNamingTheirFieldAndOnlyAuditorsAsk() {
        long person = personWhosePhoneChanged();
        Api.Reply day = admin().get(STATE + person + "&at=27/11/2026");
        assertEquals(400, day.status(), day.body());
        assertEquals("at", field(day));
        Api.Reply type = admin().get("/doanthe/api/v1/audit/state?entityId=" + person);
        assertEquals(400, type.status(), type.body());
        assertEquals("entityType", field(type));
        Api.Reply unknown = admin().get("/doanthe/api/v1/audit/state?entityType=Person&entityId=no-such-id");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("entityId", field(unknown));

        String viewer = "xem." + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/users", """
                {"username": "%s", "displayName": "Người Xem", "password": "Kiem@Toan2026", "roles": ["VIEWER"],
                 "mustChangePassword": false}""".formatted(viewer));
        assertEquals(201, created.status(), created.body());
        assertEquals(403, Api.as(server(), viewer, "Kiem@Toan2026").get(STATE + person).status());
    }

    /** A person registered with one phone number, then corrected to another; their id. */
    private long personWhosePhoneChanged() {
        String details = """
                {"fullName": "Võ Thị Trạng %s", "gender": "FEMALE", "birthDate": "1980-02-02", "phone": "%s",
                 "hamletCode": "29254.01"}""";
        String name = Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/persons", details.formatted(name, "0912345678"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply corrected = admin().put("/doanthe/api/v1/persons/" + id, details.formatted(name, "0987654321"));
        assertEquals(200, corrected.status(), corrected.body());
        return id;
    }

    private JsonObject state(long person, String at) {
        Api.Reply state = admin().get(STATE + person + "&at=" + at);
        assertEquals(200, state.status(), state.body());
        return state.json();
    }

    /** The person's entries, newest first. */
    private JsonArray entries(long person) {
        return admin().get("/doanthe/api/v1/audit?entityType=Person&entityId=" + person).json().getJsonArray("items");
    }

    private static Map<String, String> fields(JsonObject state) {
        Map<String, String> fields = new HashMap<>();
        for (JsonObject f : state.getJsonArray("fields").getValuesAs(JsonObject.class)) {
            fields.put(f.getString("field"), f.isNull("value") ? null : f.getString("value"));
        }
        return fields;
    }

    private static String field(Api.Reply problem) {
        return problem.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
