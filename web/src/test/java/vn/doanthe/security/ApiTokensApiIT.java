package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * API tokens: created by a user for themselves or by an administrator for an account they
 * administer, shown once, kept as a hash, bounded by the account's roles and scope, listed,
 * revoked, ended by their expiry day or a locked account or a password that must be changed, and
 * audited without their secret.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokensApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aTokenActsForItsAccountWithinItsScopeUntilRevoked() throws Exception {
        String username = Accounts.open(admin(), List.of("STAFF"), "29254", List.of());
        Api withPassword = Api.as(server(), username, Accounts.PASSWORD);
        JsonObject created = created(withPassword.post(API + "/account/tokens", tokenJson("Báo cáo tỉnh", 30)));
        String secret = created.getString("token");
        assertTrue(secret.matches("dt_[A-Za-z0-9_-]{43}"), secret);
        assertTrue(secret.startsWith(created.getString("prefix")));

        Api token = Api.withToken(server(), secret);
        assertEquals(username, token.get(API + "/account").json().getString("username"));
        long inside = new Registry(admin()).person("Nguyễn Thị Khoá " + Deployments.unique(), "29254.01");
        long outside = new Registry(admin()).person("Trần Thị Ngoài " + Deployments.unique(), "29242.01");
        assertEquals(200, token.get(API + "/persons/" + inside).status());
        assertEquals(404, token.get(API + "/persons/" + outside).status(), "the account's scope holds");
        assertEquals(403, token.get(API + "/users").status(), "and its roles");
        Api.Reply registered = token.post(API + "/persons", """
                {"fullName": "Lê Thị Mới %s", "gender": "FEMALE", "birthDate": "1990-01-01", "hamletCode": "29254.02"}"""
                .formatted(Deployments.unique()));
        assertEquals(201, registered.status(), registered.body());

        JsonObject listed = withPassword.get(API + "/account/tokens").structure().asJsonArray().getJsonObject(0);
        assertEquals("Báo cáo tỉnh", listed.getString("name"));
        assertTrue(!listed.containsKey("token") || listed.isNull("token"), "a list never shows the secret: " + listed);
        assertTrue(listed.getBoolean("valid"));

        long id = created.getJsonNumber("id").longValue();
        assertEquals(200, withPassword.call("DELETE", API + "/account/tokens/" + id, null).status());
        Api.Reply refused = token.get(API + "/account");
        assertEquals(401, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());

        Object[] stored = Sql.row("SELECT token_hash FROM api_token WHERE id = ?", id);
        assertFalse(String.valueOf(stored[0]).contains(secret.substring(3)), "only the hash is kept");
        String trail = admin().get(API + "/audit?entityType=ApiToken&entityId=" + id).body();
        assertTrue(trail.contains("CREATE") && trail.contains("UPDATE"), trail);
        assertFalse(trail.contains(secret) || trail.contains(String.valueOf(stored[0])), "no secret in the trail: " + trail);
    }

    @Test
    void aTokenEndsOnItsExpiryDayWithALockedAccountAndWhileThePasswordMustBeChanged() throws Exception {
        String username = Accounts.open(admin(), List.of("VIEWER"), "29254", List.of());
        Api withPassword = Api.as(server(), username, Accounts.PASSWORD);
        assertEquals("expiresOn", field(withPassword.post(API + "/account/tokens", tokenJson("Cũ", -1))));
        assertEquals("expiresOn", field(withPassword.post(API + "/account/tokens", tokenJson("Lâu", 400))));
        assertEquals("name", field(withPassword.post(API + "/account/tokens", tokenJson(" ", 10))));

        JsonObject created = created(withPassword.post(API + "/account/tokens", tokenJson("Hết hạn", 1)));
        Api token = Api.withToken(server(), created.getString("token"));
        assertEquals(200, token.get(API + "/organisations").status());
        Sql.update("UPDATE api_token SET expires_on = ? WHERE id = ?", today().minusDays(1),
                created.getJsonNumber("id").longValue());
        assertEquals(401, token.get(API + "/organisations").status(), "expired yesterday");

        Api another = Api.withToken(server(), created(withPassword.post(API + "/account/tokens", tokenJson("Khoá", 5)))
                .getString("token"));
        admin().post(API + "/users/" + username + "/lock", "");
        assertEquals(401, another.get(API + "/organisations").status(), "the account is locked");
        admin().post(API + "/users/" + username + "/unlock", "");
        assertEquals(200, another.get(API + "/organisations").status());
        assertEquals(204, admin().post(API + "/users/" + username + "/password", "{\"password\":\"Datlai2026x\"}").status());
        assertEquals(403, another.get(API + "/organisations").status(), "the password must be changed first");

        assertEquals(401, Api.withToken(server(), "dt_" + "x".repeat(43)).get(API + "/organisations").status());
        assertEquals(401, Api.withToken(server(), "dt_ngan").get(API + "/organisations").status());
    }

    @Test
    void anAdministratorIssuesTokensOnlyForAccountsTheyAdminister() {
        String service = Accounts.open(admin(), List.of("VIEWER"), "29254", List.of());
        String elsewhere = Accounts.open(admin(), List.of("VIEWER"), "29242", List.of());
        Api communeAdmin = Accounts.client(server(), admin(), List.of("ADMIN"), "29254", List.of());
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), "29254", List.of());

        JsonObject issued = created(communeAdmin.post(API + "/users/" + service + "/tokens", tokenJson("Máy chủ báo cáo", 90)));
        assertEquals(service, Api.withToken(server(), issued.getString("token")).get(API + "/account").json()
                .getString("username"));
        assertEquals(1, communeAdmin.get(API + "/users/" + service + "/tokens").structure().asJsonArray().size());
        assertEquals(404, communeAdmin.post(API + "/users/" + elsewhere + "/tokens", tokenJson("Ngoài", 5)).status());
        assertEquals(404, communeAdmin.post(API + "/users/admin/tokens", tokenJson("Chiếm quyền", 5)).status());
        assertEquals(403, staff.post(API + "/users/" + service + "/tokens", tokenJson("Không được", 5)).status());
        assertEquals(404, communeAdmin.call("DELETE", API + "/users/" + service + "/tokens/987654321", null).status());
        assertEquals(200, communeAdmin.call("DELETE", API + "/users/" + service + "/tokens/"
                + issued.getJsonNumber("id").longValue(), null).status());
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String field(Api.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String tokenJson(String name, int days) {
        return "{\"name\": \"%s\", \"expiresOn\": \"%s\"}".formatted(name, today().plusDays(days));
    }

    private static LocalDate today() {
        return LocalDate.now(VietnamTime.ZONE);
    }
}
