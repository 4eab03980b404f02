package vn.doanthe.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import vn.doanthe.testing.Eventually;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * Every command of the territory register (add a hamlet, rename, merge), walked as a commune's
 * STAFF, a commune's ADMIN and an AUDITOR: each changes only what lies in the caller's scope, a
 * unit outside it is answered as one that does not exist, and a merge that would move another
 * organisation's or commune's branches is refused. Two communes of the demo province that no other
 * test uses, so that merging their hamlets disturbs nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerritoryScopeApiIT extends ClientTest {

    private static final String UNITS = "/doanthe/api/v1/territory/units";

    private String commune;
    private String otherCommune;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @BeforeEach
    void pickTwoCommunes() {
        List<String> communes = admin().get(UNITS + "?level=COMMUNE&parent=86&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(u -> u.getString("code"))
                .filter(code -> !code.equals("29254") && !code.equals("29242")).sorted().toList();
        commune = communes.get(communes.size() - 1);
        otherCommune = communes.get(communes.size() - 2);
    }

    @Test
    void aCommunesStaffChangesTheHamletsOfTheirCommuneAndNoOthers() {
        Api staff = user("STAFF", commune, List.of());
        String ownHamlet = addHamlet(staff, commune, 201).getString("code");
        JsonObject elsewhere = addHamlet(staff, otherCommune, 400);
        assertEquals("parentCode", field(elsewhere));
        assertEquals(addHamlet(staff, "99999", 400).getString("detail").replace("99999", "X"),
                elsewhere.getString("detail").replace(otherCommune, "X"), "answered as a commune that does not exist");

        String otherHamlet = addHamlet(admin(), otherCommune, 201).getString("code");
        assertAnsweredAsMissing(staff, otherHamlet, "/rename", "{\"name\": \"Ấp Đổi Tên\"}");
        Api.Reply renamed = staff.post(UNITS + "/" + ownHamlet + "/rename", "{\"name\": \"Ấp Mới " + Deployments.unique()
                + "\", \"effectiveOn\": \"" + tomorrow() + "\"}");
        assertEquals(200, renamed.status(), renamed.body());

        String tomorrow = tomorrow();
        String ownSecond = addHamlet(staff, commune, 201).getString("code");
        assertEquals("mergedCodes", field(merge(staff, List.of(otherHamlet), ownHamlet, tomorrow, 400)));
        assertEquals("successorCode", field(merge(staff, List.of(ownSecond), otherHamlet, tomorrow, 400)));
        merge(staff, List.of(ownSecond), ownHamlet, tomorrow, 200);
        assertEquals(tomorrowMinusOne(), admin().get(UNITS + "/" + ownSecond).json().getString("validTo"));
        assertTrue(admin().get(UNITS + "/" + otherHamlet).json().isNull("validTo"), "the other commune's hamlet stays");
    }

    @Test
    void aMergeThatWouldMoveBranchesOfAnotherOrganisationIsRefusedAndNothingMoves() {
        String merged = commune + ".01";
        String successor = commune + ".02";
        Api womensUnion = user("STAFF", commune, List.of("HPN"));
        JsonObject refused = merge(womensUnion, List.of(merged), successor, tomorrow(), 403);
        assertTrue(refused.getString("detail").contains(admin().get(UNITS + "/" + merged).json().getString("name")),
                refused.toString());
        assertTrue(admin().get(UNITS + "/" + merged).json().isNull("validTo"), "nothing was merged");

        Api communeAdmin = user("ADMIN", commune, List.of());
        assertEquals(403, communeAdmin.post(UNITS + "/" + commune + "/rename", "{\"name\": \"Xã Tự Đổi\"}").status(),
                "a commune's administrator does not rename the commune that is their scope");
        assertAnsweredAsMissing(communeAdmin, otherCommune, "/rename", "{\"name\": \"Xã Khác\"}");
        assertEquals("successorCode", field(merge(communeAdmin, List.of(merged), otherCommune + ".01", tomorrow(), 400)));
    }

    @Test
    void countsFollowAMergeOnceItIsCommittedAndEqualThePeriods() throws Exception {
        String merged = otherCommune + ".03";
        String successor = otherCommune + ".04";
        Registry registry = new Registry(admin());
        for (String hamlet : List.of(merged, successor, successor)) {
            registry.enrol(registry.person("Nguyễn Thị Sáp Nhập " + Deployments.unique(), hamlet),
                    registry.branch("HPN", hamlet), "2020-01-01");
        }
        long before = members(merged) + members(successor);
        assertTrue(before >= 3, "members counted: " + before);
        merge(user("ADMIN", otherCommune, List.of()), List.of(merged), successor, tomorrow(), 200);

        Eventually.until("the successor hamlet counts the members of both", () -> members(successor) == before);
        assertEquals(before, periodsOn(successor), "the counts equal the periods");
    }

    @Test
    void anAuditorChangesNoUnit() {
        Api auditor = user("AUDITOR", null, List.of());
        assertEquals(403, auditor.post(UNITS, hamletJson(commune)).status());
        assertEquals(403, auditor.post(UNITS + "/" + commune + ".01/rename", "{\"name\": \"Ấp Kiểm Tra\"}").status());
        assertEquals(403, merge(auditor, List.of(commune + ".05"), commune + ".06", tomorrow(), 403).getInt("status"));
        assertEquals(200, auditor.get(UNITS + "/" + otherCommune).status(), "but reads every unit");
    }

    // ------------------------------------------------------------------ helpers

    private JsonObject addHamlet(Api api, String parent, int expected) {
        Api.Reply reply = api.post(UNITS, hamletJson(parent));
        assertEquals(expected, reply.status(), reply.body());
        return reply.json();
    }

    private static String hamletJson(String parent) {
        return """
                {"name": "Ấp Phạm Vi %s", "level": "HAMLET", "type": "AP", "parentCode": "%s"}"""
                .formatted(Deployments.unique(), parent);
    }

    private static JsonObject merge(Api api, List<String> merged, String successor, String day, int expected) {
        Api.Reply reply = api.post(UNITS + "/merge", """
                {"mergedCodes": [%s], "successorCode": "%s", "effectiveOn": "%s", "reason": "sáp nhập ấp"}"""
                .formatted(String.join(", ", merged.stream().map(c -> "\"" + c + "\"").toList()), successor, day));
        assertEquals(expected, reply.status(), reply.body());
        return reply.json();
    }

    /** The unit outside the scope gets the very answer a unit that does not exist gets, code aside. */
    private void assertAnsweredAsMissing(Api api, String code, String suffix, String json) {
        Api.Reply hidden = api.post(UNITS + "/" + code + suffix, json);
        Api.Reply missing = api.post(UNITS + "/99999.99" + suffix, json);
        assertEquals(404, missing.status(), missing.body());
        assertEquals(404, hidden.status(), hidden.body());
        assertEquals(missing.body().replace("99999.99", "X"), hidden.body().replace(code, "X"));
    }

    private long members(String hamlet) {
        return admin().get("/doanthe/api/v1/stats/members?unit=" + hamlet).json().getJsonNumber("memberships").longValue();
    }

    private static long periodsOn(String hamlet) throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return ((Number) Sql.row("""
                SELECT COUNT(*) FROM membership_period mp
                JOIN org_unit u ON u.id = mp.org_unit_id JOIN admin_unit a ON a.id = u.admin_unit_id
                WHERE a.code = ? AND a.valid_to IS NULL AND mp.valid_from <= ? AND (mp.valid_to IS NULL OR mp.valid_to >= ?)
                  AND mp.status IN ('ACTIVE', 'AWAY', 'PAUSED')""", hamlet, today, today)[0]).longValue();
    }

    private static String field(JsonObject problem) {
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
    }

    private static String tomorrowMinusOne() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    private Api user(String role, String unit, List<String> organisations) {
        return Accounts.client(server(), admin(), List.of(role), unit, organisations);
    }
}
