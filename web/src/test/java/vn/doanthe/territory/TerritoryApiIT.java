package vn.doanthe.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** The territory register through the API: the official units before and after 1 July 2025, hamlets, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerritoryApiIT extends ClientTest {

    private static final String UNITS = "/doanthe/api/v1/territory/units";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void unaccentedNameFindsTheProvince() {
        Api.Reply reply = admin().get(UNITS + "?q=" + Api.q("dak lak") + "&level=PROVINCE");
        assertEquals(200, reply.status(), reply.body());
        JsonObject unit = reply.json().getJsonArray("items").getJsonObject(0);
        assertEquals("Đắk Lắk", unit.getString("name"));
        assertEquals("66", unit.getString("code"));
        assertEquals("PROVINCE", unit.getString("level"));
        assertEquals("TINH", unit.getString("type"));
        assertEquals(JsonValue.NULL, unit.get("parentCode"));
        assertEquals("2025-07-01", unit.getString("validFrom"));
        assertEquals(JsonValue.NULL, unit.get("validTo"));
    }

    @Test
    void aHamletIsFoundAsListsNameItKindFirst() {
        JsonObject hamlet = admin().get(UNITS + "/29254.01").json();
        assertEquals("KHOM", hamlet.getString("type"), hamlet.toString());
        String name = hamlet.getString("name");
        for (String typed : List.of("Khóm " + name, "khom " + name)) {
            List<String> codes = admin().get(UNITS + "?level=HAMLET&parent=29254&q=" + Api.q(typed)).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(u -> u.getString("code")).toList();
            assertTrue(codes.contains("29254.01"), typed + " finds the hamlet: " + codes);
        }
        assertEquals(0, admin().get(UNITS + "?level=HAMLET&parent=29254&q=" + Api.q("Ấp " + name + " zzqx")).json()
                .getInt("total"), "the words after the kind still have to match");
    }

    @Test
    void todayHas34ProvincesAnd3321Communes() {
        assertEquals(34, admin().get(UNITS + "?level=PROVINCE&size=1").json().getInt("total"));
        assertEquals(3321, admin().get(UNITS + "?level=COMMUNE&size=1").json().getInt("total"));
        assertEquals(0, admin().get(UNITS + "?level=DISTRICT&size=1").json().getInt("total"));
    }

    @Test
    void on1March2024TheCountryHad63ProvincesAndDistricts() {
        assertEquals(63, admin().get(UNITS + "?level=PROVINCE&asOf=2024-03-01&size=1").json().getInt("total"));
        assertEquals(696, admin().get(UNITS + "?level=DISTRICT&asOf=2024-03-01&size=1").json().getInt("total"));
        assertEquals(10035, admin().get(UNITS + "?level=COMMUNE&asOf=2024-03-01&size=1").json().getInt("total"));
    }

    @Test
    void aMergedCommuneStillAnswersForItsPastAndNamesItsSuccessor() {
        // Phường Trúc Bạch (00004, Ba Đình) went whole into the new Phường Ba Đình, which reuses its code.
        JsonObject before = admin().get(UNITS + "/00004?asOf=2024-03-01").json();
        assertEquals("Trúc Bạch", before.getString("name"));
        assertEquals("001", before.getString("parentCode"));
        assertEquals("2025-06-30", before.getString("validTo"));
        JsonObject now = admin().get(UNITS + "/00004").json();
        assertEquals("Ba Đình", now.getString("name"));
        assertEquals("01", now.getString("parentCode"));
        JsonObject history = admin().get(UNITS + "/00004/history?asOf=2024-03-01").json();
        JsonObject successor = history.getJsonArray("successors").getJsonObject(0);
        assertEquals("Ba Đình", successor.getJsonObject("unit").getString("name"));
        assertEquals("2025-07-01", successor.getString("effectiveOn"));
        assertEquals("FULL", successor.getString("kind"));
    }

    @Test
    void addingAHamletAnswers201WithItsLocation() {
        String name = "Ấp Thử " + Deployments.unique();
        Api.Reply reply = admin().post(UNITS, """
                {"name": "%s", "level": "HAMLET", "type": "AP", "parentCode": "29254"}""".formatted(name));
        assertEquals(201, reply.status(), reply.body());
        JsonObject hamlet = reply.json();
        assertEquals(name, hamlet.getString("name"));
        assertEquals("HAMLET", hamlet.getString("level"));
        assertEquals("29254", hamlet.getString("parentCode"));
        assertTrue(hamlet.getString("code").startsWith("29254."), hamlet.getString("code"));
        String location = reply.header("Location");
        assertNotNull(location);
        assertTrue(location.endsWith("/territory/units/" + hamlet.getString("code")), location);
        assertEquals(name, admin().get(UNITS + "/" + hamlet.getString("code")).json().getString("name"));
    }

    @Test
    void theSameHamletNameTwiceUnderOneCommuneIsAConflict() {
        String body = """
                {"name": "Ấp Trùng %s", "level": "HAMLET", "type": "AP", "parentCode": "29254"}""".formatted(Deployments.unique());
        assertEquals(201, admin().post(UNITS, body).status());
        Api.Reply second = admin().post(UNITS, body);
        assertEquals(409, second.status(), second.body());
        assertEquals("name", second.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aHamletUnderAProvinceIsRefusedNamingTheField() {
        Api.Reply reply = admin().post(UNITS, """
                {"name": "Ấp Sai", "level": "HAMLET", "type": "AP", "parentCode": "86"}""");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertEquals("parentCode", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void missingAndMalformedFieldsAreEachNamed() {
        Api.Reply missing = admin().post(UNITS, "{\"type\": \"AP\"}");
        assertEquals(400, missing.status(), missing.body());
        String fields = missing.json().getJsonArray("errors").toString();
        assertTrue(fields.contains("\"name\"") && fields.contains("\"parentCode\""), fields);
        assertTrue(fields.contains("Vui lòng nhập"), fields);

        Api.Reply badType = admin().post(UNITS, """
                {"name": "Ấp X", "level": "HAMLET", "type": "CASTLE", "parentCode": "29254"}""");
        assertEquals(400, badType.status());
        assertEquals("type", badType.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badCode = admin().post(UNITS, """
                {"name": "Ấp Y", "level": "HAMLET", "type": "AP", "parentCode": "29254", "code": "<b>x</b>"}""");
        assertEquals(400, badCode.status(), badCode.body());
        assertEquals("code", badCode.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply notHamlet = admin().post(UNITS, """
                {"name": "Xã Mới", "level": "COMMUNE", "type": "XA", "parentCode": "86"}""");
        assertEquals(400, notHamlet.status());
        assertEquals("level", notHamlet.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badDate = admin().get(UNITS + "?asOf=01/03/2024");
        assertEquals(400, badDate.status());
        assertEquals("asOf", badDate.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownCodeIs404() {
        Api.Reply reply = admin().get(UNITS + "/99999");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void mergingAUnitIntoItsOwnHamletIsRefused() {
        String hamlet = admin().post(UNITS, """
                {"name": "Ấp Con %s", "level": "HAMLET", "type": "AP", "parentCode": "29254"}""".formatted(Deployments.unique()))
                .json().getString("code");
        Api.Reply reply = admin().post(UNITS + "/merge", """
                {"mergedCodes": ["29254"], "successorCode": "%s", "effectiveOn": "%s"}"""
                .formatted(hamlet, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3)));
        assertEquals(400, reply.status(), reply.body());
        assertEquals("successorCode", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(JsonValue.NULL, admin().get(UNITS + "/29254").json().get("validTo"));
    }
}
