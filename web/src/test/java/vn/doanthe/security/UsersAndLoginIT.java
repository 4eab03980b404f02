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

/** User administration over the API, and the login's defences: lock after failures, headers, cookies. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersAndLoginIT extends ClientTest {

    private static final String PASSWORD = "Phuongnam2026";
    private static final String USERS = "/doanthe/api/v1/users";
    private static final String ACCOUNT = "/doanthe/api/v1/account";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void anAdministratorOpensAScopedAccountThatMustChangeItsPassword() {
        String username = newUsername();
        Api.Reply created = admin().post(USERS, """
                {"username":"%s","displayName":"Lê Thị Thu","password":"%s","roles":["STAFF"],
                 "scopeUnit":"29254","organisations":["HPN"]}""".formatted(username, PASSWORD));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/users/" + username), created.header("Location"));
        JsonObject user = created.json();
        assertEquals("29254", user.getString("scopeUnit"));
        assertEquals("HPN", user.getJsonArray("organisations").getString(0));
        assertTrue(user.getBoolean("mustChangePassword"));
        assertFalse(user.containsKey("password") || user.containsKey("passwordHash"), user.toString());
        assertEquals(user, admin().get(USERS + "/" + username).json());

        Api staff = Api.as(server(), username, PASSWORD);
        assertRefusedUntilThePasswordIsChanged(staff);
        String chosen = "Tumatkhau2027";
        assertEquals(204, staff.post(ACCOUNT + "/password", """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(PASSWORD, chosen)).status());
        staff = Api.as(server(), username, chosen);
        assertEquals(200, staff.get("/doanthe/api/v1/organisations").status());
        assertFalse(staff.get(ACCOUNT).json().getBoolean("mustChangePassword"));
        assertEquals(403, staff.get(USERS).status(), "only administrators see the accounts");
        assertEquals(403, staff.post(USERS, "{}").status());
    }

    /**
     * Before the change, every kind of call is refused with 403 and a problem that says why: reads,
     * writes, downloads and the account itself; only the change of the password is heard.
     */
    private void assertRefusedUntilThePasswordIsChanged(Api user) {
        for (String[] call : new String[][] {{"GET", "/doanthe/api/v1/organisations"}, {"GET", "/doanthe/api/v1/persons"},
                {"GET", ACCOUNT}, {"POST", "/doanthe/api/v1/persons"}, {"GET", "/doanthe/api/v1/persons/export?format=csv"},
                {"GET", "/doanthe/api/v1/territory/units/29254"}, {"GET", "/doanthe/api/v1/stats/members?unit=29254"},
                {"PUT", USERS + "/admin"}}) {
            Api.Reply refused = user.call(call[0], call[1], call[0].equals("GET") ? null : "{}");
            assertEquals(403, refused.status(), call[0] + " " + call[1] + ": " + refused.body());
            assertTrue(refused.json().getString("detail").contains("đổi mật khẩu"), refused.body());
        }
        Api.Reply wrongCurrent = user.post(ACCOUNT + "/password", """
                {"currentPassword":"khong-dung-1","newPassword":"Matkhaumoi2027"}""");
        assertEquals(400, wrongCurrent.status(), wrongCurrent.body());
        assertEquals("currentPassword", wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void badAccountsAreRefusedFieldByField() {
        Api.Reply weak = admin().post(USERS, """
                {"username":"%s","displayName":"Yếu","password":"123","roles":["VIEWER"]}""".formatted(newUsername()));
        assertEquals(400, weak.status(), weak.body());
        assertTrue(weak.body().contains("newPassword") || weak.body().contains("password"), weak.body());

        Api.Reply badName = admin().post(USERS, """
                {"username":"Nguyễn Văn A","displayName":"A","password":"%s","roles":["VIEWER"]}""".formatted(PASSWORD));
        assertEquals(400, badName.status(), badName.body());
        assertTrue(badName.body().contains("username"), badName.body());

        Api.Reply badMail = admin().post(USERS, """
                {"username":"Nguyễn Văn A","displayName":"  ","email":"nguyen van a @ xa","password":"%s","roles":["VIEWER"]}"""
                .formatted(PASSWORD));
        assertEquals(400, badMail.status(), badMail.body());
        assertEquals(java.util.Set.of("username", "displayName", "email"), badMail.fields(), "every mistake at once");
        assertTrue(badMail.body().contains("thư điện tử") || badMail.body().contains("e-mail"), badMail.body());
        String mailed = newUsername();
        Api.Reply pasted = admin().post(USERS, """
                {"username":"%s","displayName":"Lê Thị Thư","email":"\u00a0thu.le@hiepmy.gov.vn\u200b ","password":"%s","roles":["VIEWER"]}"""
                .formatted(mailed, PASSWORD));
        assertEquals(201, pasted.status(), pasted.body());
        assertEquals("thu.le@hiepmy.gov.vn", pasted.json().getString("email"), "the spaces pasted around it are gone");
        Api.Reply cleared = admin().put(USERS + "/" + mailed, """
                {"displayName":"Lê Thị Thư","email":" ","roles":["VIEWER"]}""");
        assertEquals(200, cleared.status(), cleared.body());
        assertFalse(cleared.json().containsKey("email") && !cleared.json().isNull("email"), "an empty address is none");

        Api.Reply noSuchUnit = admin().post(USERS, """
                {"username":"%s","displayName":"B","password":"%s","roles":["VIEWER"],"scopeUnit":"99999"}"""
                .formatted(newUsername(), PASSWORD));
        assertEquals(400, noSuchUnit.status(), noSuchUnit.body());
        assertTrue(noSuchUnit.body().contains("scopeUnit"), noSuchUnit.body());

        Api.Reply taken = admin().post(USERS, """
                {"username":"admin","displayName":"C","password":"%s","roles":["VIEWER"]}""".formatted(PASSWORD));
        assertEquals(409, taken.status(), taken.body());

        assertEquals(404, admin().get(USERS + "/no-such-user").status());
    }

    @Test
    void fiveFailedLoginsLockTheNameForFifteenMinutesEvenForTheRightPassword() {
        String username = createViewer();
        Api wrong = Api.as(server(), username, "not-the-password-1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, wrong.get("/doanthe/api/v1/organisations").status(), "attempt " + attempt);
        }
        Api right = Api.as(server(), username, PASSWORD);
        assertEquals(401, right.get("/doanthe/api/v1/organisations").status(), "locked: the right password does not help");
        assertTrue(admin().get(USERS + "/" + username).json().getBoolean("locked"));

        assertFalse(admin().post(USERS + "/" + username + "/unlock", "").json().getBoolean("locked"));
        assertEquals(200, right.get("/doanthe/api/v1/organisations").status());
    }

    @Test
    void aLockedAccountCannotSignInUntilUnlockedAndAResetPasswordWorks() {
        String username = createViewer();
        assertFalse(admin().post(USERS + "/" + username + "/lock", "").json().getBoolean("enabled"));
        assertEquals(401, Api.as(server(), username, PASSWORD).get("/doanthe/api/v1/organisations").status());
        assertTrue(admin().post(USERS + "/" + username + "/unlock", "").json().getBoolean("enabled"));

        String fresh = "Moimatkhau2027";
        assertEquals(204, admin().post(USERS + "/" + username + "/password", "{\"password\":\"" + fresh + "\"}").status());
        assertEquals(401, Api.as(server(), username, PASSWORD).get("/doanthe/api/v1/organisations").status());
        assertTrue(admin().get(USERS + "/" + username).json().getBoolean("mustChangePassword"));
        assertRefusedUntilThePasswordIsChanged(Api.as(server(), username, fresh));
        assertEquals(204, Api.as(server(), username, fresh).post(ACCOUNT + "/password", """
                {"currentPassword":"%s","newPassword":"Tumatkhau2028"}""".formatted(fresh)).status());
        assertEquals(200, Api.as(server(), username, "Tumatkhau2028").get("/doanthe/api/v1/organisations").status());

        assertEquals(400, admin().post(USERS + "/admin/lock", "").status(), "an administrator cannot lock herself out");
    }

    @Test
    void anAdministratorChangesRolesAndScope() {
        String username = createViewer();
        Api.Reply changed = admin().put(USERS + "/" + username, """
                {"displayName":"Trần Văn Bình","roles":["STAFF","VIEWER"],"scopeUnit":"86","organisations":[]}""");
        assertEquals(200, changed.status(), changed.body());
        assertEquals("86", changed.json().getString("scopeUnit"));
        assertEquals(2, changed.json().getJsonArray("roles").size());
        assertEquals("Trần Văn Bình", admin().get(USERS + "/" + username).json().getString("displayName"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        Api.Reply api = admin().get("/doanthe/api/v1/organisations");
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertTrue(api.header("Content-Security-Policy").contains("default-src 'none'"), api.header("Content-Security-Policy"));
        assertEquals("no-store", api.header("Cache-Control"));

        Api.Reply login = anonymous().get("/doanthe/login.xhtml", "text/html");
        String policy = login.header("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertFalse(policy.contains("unsafe-inline'") && policy.substring(policy.indexOf("script-src")).contains("unsafe-inline"), policy);
        assertEquals("same-origin", login.header("Referrer-Policy"));
        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    private String createViewer() {
        String username = newUsername();
        Api.Reply created = admin().post(USERS, """
                {"username":"%s","displayName":"Người xem","password":"%s","roles":["VIEWER"],"mustChangePassword":false}"""
                .formatted(username, PASSWORD));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static String newUsername() {
        return "u" + Deployments.unique().toLowerCase();
    }
}
