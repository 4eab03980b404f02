package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.TestDirectory;

/**
 * Directory login against a real LDAP server (TestDirectory), beside the database's own accounts:
 * roles follow the directory's groups, a local account is opened at first login, and neither a
 * wrong password nor a user without a mapped group gets in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryLoginIT extends ClientTest {

    private static final String ORGANISATIONS = "/doanthe/api/v1/organisations";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aDirectoryUserSignsInWithTheDirectoryPasswordAndGetsTheRolesOfHerGroups() {
        assertEquals(200, Api.as(server(), "ldap.lan", "Thumuc2026lan").get(ORGANISATIONS).status());
        JsonObject account = admin().get("/doanthe/api/v1/users/ldap.lan").json();
        assertTrue(account.getBoolean("directory"), account.toString());
        assertEquals("Phạm Thị Lan", account.getString("displayName"));
        assertEquals("lan.pham@vinhlong.gov.vn", account.getString("email"), "from the entry's mail attribute");
        assertEquals("STAFF", account.getJsonArray("roles").getString(0));
        assertFalse(account.getBoolean("mustChangePassword"));

        Api.Reply reset = admin().post("/doanthe/api/v1/users/ldap.lan/password", "{\"password\":\"Khongduoc2026\"}");
        assertEquals(400, reset.status(), "the directory keeps the password: " + reset.body());
    }

    @Test
    void anAuditorGroupGivesTheAuditorRoleWhichCannotAdministerUsers() {
        Api auditor = Api.as(server(), "ldap.kiem", "Thumuc2026kiem");
        assertEquals(200, auditor.get(ORGANISATIONS).status());
        assertEquals(403, auditor.get("/doanthe/api/v1/users").status());
    }

    @Test
    void aWrongDirectoryPasswordOrAUserWithoutAMappedGroupIsRefused() {
        assertEquals(401, Api.as(server(), "ldap.lan", "not-her-password").get(ORGANISATIONS).status());
        assertEquals(401, Api.as(server(), "ldap.lan", "").get(ORGANISATIONS).status(), "no unauthenticated bind");
        assertEquals(401, Api.as(server(), "ldap.khach", "Thumuc2026khach").get(ORGANISATIONS).status());
        assertEquals(404, admin().get("/doanthe/api/v1/users/ldap.khach").status(), "no account for a user without a role");
    }

    @Test
    void aDirectoryThatDoesNotAnswerIsSaidAsSuchAndLocksNobody() {
        TestDirectory.outage(() -> {
            for (int attempt = 0; attempt < 6; attempt++) {
                Api.Reply reply = Api.as(server(), "ldap.lan", "Thumuc2026lan").get(ORGANISATIONS);
                assertEquals(503, reply.status(), reply.body());
                assertTrue(reply.json().getString("detail").contains("LDAP/AD"), reply.body());
            }
            assertEquals(200, admin().get(ORGANISATIONS).status(), "the database's accounts sign in meanwhile");
        });
        assertEquals(200, Api.as(server(), "ldap.lan", "Thumuc2026lan").get(ORGANISATIONS).status(),
                "six refusals during the outage did not lock her name");
    }

    @Test
    void databaseAccountsStillSignInBesideTheDirectory() {
        assertEquals(200, admin().get(ORGANISATIONS).status());
        assertEquals(401, Api.as(server(), Deployments.ADMIN, "Thumuc2026lan").get(ORGANISATIONS).status());
    }
}
