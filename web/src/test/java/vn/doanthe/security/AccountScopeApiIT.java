package vn.doanthe.security;

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
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/**
 * Every command on accounts, walked as an administrator scoped to one commune (and to one
 * organisation): they administer only accounts whose scope lies within theirs and whose roles they
 * hold, grant only roles and organisations they hold, never widen their own scope, and an account outside is answered as one
 * that does not exist. Bean Validation's own refusals are said in the caller's language too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountScopeApiIT extends ClientTest {

    private static final String USERS = "/doanthe/api/v1/users";
    private static final String COMMUNE = "29254";
    private static final String OTHER_COMMUNE = "29242";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneAdministratorReachesNoAccountOutsideTheirCommune() {
        String self = Accounts.open(admin(), List.of("ADMIN", "STAFF"), COMMUNE, List.of());
        Api communeAdmin = Api.as(server(), self, Accounts.PASSWORD);
        String inside = Accounts.open(admin(), List.of("STAFF"), COMMUNE + ".01", List.of("HPN"));
        String outside = Accounts.open(admin(), List.of("STAFF"), OTHER_COMMUNE, List.of());
        String nationwide = Accounts.open(admin(), List.of("VIEWER"), null, List.of());
        // Of her commune, but with a power she does not hold: resetting its password would give it to her.
        String auditor = Accounts.open(admin(), List.of("AUDITOR"), COMMUNE, List.of());
        String grantHolder = Accounts.open(admin(), List.of("STAFF", "PERSONAL_DATA"), COMMUNE, List.of());

        for (String hidden : List.of(outside, nationwide, "admin", auditor, grantHolder)) {
            assertAnsweredAsMissing(communeAdmin, "GET", hidden, "", null);
            assertAnsweredAsMissing(communeAdmin, "PUT", hidden, "", accountJson("Đổi", "STAFF", COMMUNE, ""));
            assertAnsweredAsMissing(communeAdmin, "POST", hidden, "/password", "{\"password\": \"Chiemquyen2026\"}");
            assertAnsweredAsMissing(communeAdmin, "POST", hidden, "/lock", "{}");
            assertAnsweredAsMissing(communeAdmin, "POST", hidden, "/unlock", "{}");
        }
        assertEquals(200, admin().get("/doanthe/api/v1/organisations").status(), "the national admin's password is unchanged");

        JsonObject listed = communeAdmin.get(USERS + "?size=500").json();
        List<String> names = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("username")).toList();
        assertTrue(names.contains(self) && names.contains(inside), names.toString());
        assertFalse(names.contains(outside) || names.contains(nationwide) || names.contains("admin")
                || names.contains(auditor) || names.contains(grantHolder), names.toString());
        assertEquals(names.size(), listed.getInt("total"));

        assertEquals(200, communeAdmin.get(USERS + "/" + inside).status());
        assertEquals(200, communeAdmin.put(USERS + "/" + inside, accountJson("Cán bộ ấp", "STAFF", COMMUNE + ".01", "HPN")).status());
        assertEquals(204, communeAdmin.post(USERS + "/" + inside + "/password", "{\"password\": \"Datlaimatkhau2026\"}").status());
        assertEquals(200, communeAdmin.post(USERS + "/" + inside + "/lock", "{}").status());
        assertEquals(200, communeAdmin.post(USERS + "/" + inside + "/unlock", "{}").status());
    }

    @Test
    void aCommuneAdministratorGrantsNothingBeyondWhatTheyHold() {
        String self = Accounts.open(admin(), List.of("ADMIN", "STAFF"), COMMUNE, List.of("HPN"));
        Api communeAdmin = Api.as(server(), self, Accounts.PASSWORD);

        assertRefused(communeAdmin.put(USERS + "/" + self, accountJson("Tôi", "ADMIN\", \"STAFF", "", "HPN")), "scopeUnit");
        assertRefused(communeAdmin.put(USERS + "/" + self, accountJson("Tôi", "ADMIN\", \"STAFF", "86", "HPN")), "scopeUnit");
        assertRefused(communeAdmin.put(USERS + "/" + self, accountJson("Tôi", "ADMIN\", \"STAFF", COMMUNE, "")), "organisations");
        assertRefused(communeAdmin.put(USERS + "/" + self, accountJson("Tôi", "ADMIN\", \"STAFF\", \"PERSONAL_DATA", COMMUNE,
                "HPN")), "roles");
        JsonObject unchanged = admin().get(USERS + "/" + self).json();
        assertEquals(COMMUNE, unchanged.getString("scopeUnit"));
        assertEquals(List.of("HPN"), unchanged.getJsonArray("organisations").getValuesAs(v -> v.toString().replace("\"", "")));

        assertRefused(communeAdmin.post(USERS, newAccountJson("ADMIN", null, "HPN")), "scopeUnit");
        assertRefused(communeAdmin.post(USERS, newAccountJson("STAFF", OTHER_COMMUNE, "HPN")), "scopeUnit");
        assertRefused(communeAdmin.post(USERS, newAccountJson("AUDITOR", COMMUNE, "HPN")), "roles");
        assertRefused(communeAdmin.post(USERS, newAccountJson("STAFF", COMMUNE, "DTN")), "organisations");
        assertRefused(communeAdmin.post(USERS, newAccountJson("STAFF", COMMUNE, "")), "organisations");
        Api.Reply viewer = communeAdmin.post(USERS, newAccountJson("VIEWER", COMMUNE + ".02", "HPN"));
        assertEquals(201, viewer.status(), viewer.body());
        Api.Reply narrower = communeAdmin.put(USERS + "/" + self, accountJson("Tôi", "ADMIN\", \"STAFF", COMMUNE + ".01", "HPN"));
        assertEquals(200, narrower.status(), "narrowing one's own scope is allowed: " + narrower.body());
    }

    @Test
    void anAuditorAndAStaffMemberAdministerNoAccount() {
        for (String role : List.of("AUDITOR", "STAFF")) {
            Api user = Api.as(server(), Accounts.open(admin(), List.of(role), COMMUNE, List.of()), Accounts.PASSWORD);
            String someone = Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of());
            assertEquals(403, user.get(USERS).status());
            assertEquals(403, user.get(USERS + "/" + someone).status());
            assertEquals(403, user.post(USERS, newAccountJson("STAFF", COMMUNE, "")).status());
            assertEquals(403, user.put(USERS + "/" + someone, accountJson("X", "STAFF", COMMUNE, "")).status());
            assertEquals(403, user.post(USERS + "/" + someone + "/password", "{\"password\": \"Chiemquyen2026\"}").status());
            assertEquals(403, user.post(USERS + "/" + someone + "/lock", "{}").status());
            assertEquals(403, user.post(USERS + "/" + someone + "/unlock", "{}").status());
        }
    }

    @Test
    void theValidatorsOwnRefusalsAreSaidInTheCallersLanguage() {
        Api.Reply blank = admin().post(USERS, """
                {"username":"%s","displayName":"  ","password":"%s","roles":["VIEWER"]}"""
                .formatted("u" + Deployments.unique().toLowerCase(), Accounts.PASSWORD));
        assertEquals(400, blank.status(), blank.body());
        JsonObject error = blank.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals("displayName")).findFirst().orElseThrow();
        assertEquals("Vui lòng nhập thông tin này.", error.getString("message"), blank.body());
        assertFalse(blank.body().contains("must not"), blank.body());
    }

    /** The account outside the scope gets the very answer an account that does not exist gets, name aside. */
    private static void assertAnsweredAsMissing(Api api, String method, String username, String suffix, String json) {
        Api.Reply hidden = api.call(method, USERS + "/" + username + suffix, json);
        Api.Reply missing = api.call(method, USERS + "/khongcoai" + suffix, json);
        assertEquals(404, missing.status(), missing.body());
        assertEquals(404, hidden.status(), method + " " + username + suffix + ": " + hidden.body());
        assertEquals(missing.body().replace("khongcoai", "X"), hidden.body().replace(username, "X"));
    }

    private static void assertRefused(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.body());
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply.body());
    }

    private static String accountJson(String displayName, String roles, String scopeUnit, String organisation) {
        return """
                {"displayName": "%s", "roles": ["%s"], "scopeUnit": "%s", "organisations": [%s]}"""
                .formatted(displayName, roles, scopeUnit, organisation.isEmpty() ? "" : "\"" + organisation + "\"");
    }

    private static String newAccountJson(String role, String scopeUnit, String organisation) {
        return """
                {"username": "%s", "displayName": "Mới", "password": "%s", "roles": ["%s"], %s "organisations": [%s]}"""
                .formatted("n" + Deployments.unique().toLowerCase(), Accounts.PASSWORD, role,
                        scopeUnit == null ? "" : "\"scopeUnit\": \"" + scopeUnit + "\",",
                        organisation.isEmpty() ? "" : "\"" + organisation + "\"");
    }
}
