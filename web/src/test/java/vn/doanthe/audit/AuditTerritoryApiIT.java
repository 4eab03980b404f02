package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/**
 * Each audit entry names the territorial unit it concerns: auditors filter by a commune (or any unit
 * above it) in the API and the export, and the unit is covered by the chain, so a unit rewritten in
 * the database is found by the verification.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTerritoryApiIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";
    private static final String AUDIT = "/doanthe/api/v1/audit";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneFindsItsPersonsEntriesAndNotAnotherCommunes() {
        String marker = Deployments.unique();
        long here = person("Lâm Thị Xã " + marker, COMMUNE + ".02");
        long there = person("Lâm Thị Khác " + marker, OTHER_COMMUNE + ".01");

        List<String> inCommune = personIds(admin().get(AUDIT + "?entityType=Person&size=200&unit=" + COMMUNE));
        assertTrue(inCommune.contains(Long.toString(here)), inCommune.toString());
        assertFalse(inCommune.contains(Long.toString(there)), inCommune.toString());
        List<String> inOther = personIds(admin().get(AUDIT + "?entityType=Person&size=200&unit=" + OTHER_COMMUNE));
        assertTrue(inOther.contains(Long.toString(there)), inOther.toString());
        assertFalse(inOther.contains(Long.toString(here)), inOther.toString());

        Api.Reply hamlet = admin().get(AUDIT + "?entityType=Person&entityId=" + here + "&unit=" + COMMUNE + ".02");
        assertEquals(1, hamlet.json().getInt("total"), "the hamlet itself: " + hamlet.body());
        assertEquals(0, admin().get(AUDIT + "?entityType=Person&entityId=" + here + "&unit=" + COMMUNE + ".01")
                .json().getInt("total"), "a neighbouring hamlet");

        String above = parentOf(COMMUNE);
        assertEquals(above, parentOf(OTHER_COMMUNE), "both communes lie in one unit");
        for (long person : new long[] {here, there}) {
            Api.Reply found = admin().get(AUDIT + "?entityType=Person&entityId=" + person + "&unit=" + above);
            assertEquals(1, found.json().getInt("total"), above + " holds both communes: " + found.body());
        }
    }

    /** A disclosure of personal data names the hamlet of the person shown, so a commune's auditor finds it. */
    @Test
    void aRevealNamesTheHamletOfThePersonShown() {
        long person = person("Lâm Thị Lộ " + Deployments.unique(), COMMUNE + ".05");
        Api.Reply revealed = admin().post("/doanthe/api/v1/persons/" + person + "/reveal",
                "{\"reason\": \"đối chiếu hồ sơ\"}");
        assertEquals(200, revealed.status(), revealed.body());

        String reveals = AUDIT + "?action=REVEAL&entityType=Person&entityId=" + person + "&unit=";
        Api.Reply inCommune = admin().get(reveals + COMMUNE);
        assertEquals(1, inCommune.json().getInt("total"), inCommune.body());
        assertEquals(1, admin().get(reveals + COMMUNE + ".05").json().getInt("total"), "the hamlet itself");
        assertEquals(0, admin().get(reveals + OTHER_COMMUNE).json().getInt("total"), "another commune");
    }

    @Test
    void theExportKeepsTheTerritorialFilter() {
        String marker = Deployments.unique();
        long here = person("Lâm Văn Xuất " + marker, COMMUNE + ".03");
        long there = person("Lâm Văn Ngoài " + marker, OTHER_COMMUNE + ".01");
        Api.Reply csv = admin().get(AUDIT + "/export?format=csv&entityType=Person&unit=" + COMMUNE);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Lâm Văn Xuất " + marker), "entry of person " + here);
        assertFalse(csv.body().contains("Lâm Văn Ngoài " + marker), "entry of person " + there);
    }

    @Test
    void anUnknownUnitIsRefusedWithItsField() {
        Api.Reply refused = admin().get(AUDIT + "?unit=99999.99");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("unit", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"), refused.body());
        assertEquals(400, admin().get(AUDIT + "/export?format=csv&unit=99999.99").status());
    }

    @Test
    void aUnitRewrittenInTheDatabaseIsNamedByTheVerification() throws SQLException {
        long person = person("Lâm Thị Dời " + Deployments.unique(), COMMUNE + ".04");
        Api.Reply found = admin().get(AUDIT + "?entityType=Person&entityId=" + person);
        JsonObject entry = found.json().getJsonArray("items").getJsonObject(0);
        long id = entry.getJsonNumber("id").longValue();
        assertTrue(entry.containsKey("unitId") && !entry.isNull("unitId"), entry.toString());
        try (Connection db = AuditApiIT.database()) {
            String path = AuditApiIT.value(db, "SELECT unit_path FROM audit_entry WHERE id = ?", id);
            try {
                setUnitPath(db, id, path.substring(0, path.length() - 1).replaceAll("\\d+$", ""));
                assertBrokenAt(id);
                setUnitPath(db, id, null);
                assertBrokenAt(id);
            } finally {
                setUnitPath(db, id, path);
            }
        }
        assertTrue(admin().get(AUDIT + "/verify").json().getBoolean("intact"));
    }

    private void assertBrokenAt(long id) {
        Api.Reply verified = admin().get(AUDIT + "/verify");
        assertEquals(200, verified.status(), verified.body());
        assertFalse(verified.json().getBoolean("intact"), verified.body());
        assertEquals(id, verified.json().getJsonNumber("firstBrokenId").longValue());
    }

    private long person(String name, String hamlet) {
        String nationalId = "084190" + String.format("%06d", Serials.next());
        Api.Reply created = admin().post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1990-05-17", "nationalId": "%s",
                 "hamletCode": "%s", "ethnicityCode": "05", "religionCode": "01", "phone": null}"""
                .formatted(name, nationalId, hamlet));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private String parentOf(String code) {
        Api.Reply unit = admin().get("/doanthe/api/v1/territory/units/" + code);
        assertEquals(200, unit.status(), unit.body());
        return unit.json().getString("parentCode");
    }

    private static List<String> personIds(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("entityId")).toList();
    }

    private static void setUnitPath(Connection db, long entry, String path) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_entry SET unit_path = ? WHERE id = ?")) {
            update.setString(1, path);
            update.setLong(2, entry);
            assertEquals(1, update.executeUpdate());
        }
    }
}
