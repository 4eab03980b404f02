package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import vn.doanthe.testing.Registry;

/**
 * What an attacker would try over the API, without a browser: SQL in the search box, an oversized
 * upload, a staff member calling administrators' endpoints. Each is refused with the right status
 * and nothing is written. (A console form posted without its view state: {@code UsersConsoleIT}.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttackIT extends ClientTest {

    private static final String API = "/doanthe/api/v1";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void sqlInTheSearchBoxIsSearchedForAsText() {
        String word = "Sql" + Deployments.unique();
        new Registry(admin()).person("Đinh Thị " + word, "29254.02");
        for (String attack : List.of("' OR '1'='1", "%", "_", "\" OR 1=1 -- ", "x'); DROP TABLE person; --")) {
            Api.Reply found = admin().get(API + "/persons?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));
            assertEquals(200, found.status(), attack + ": " + found.body());
            assertEquals(0, found.json().getInt("total"), attack);
        }
        assertEquals(1, admin().get(API + "/persons?q=" + word).json().getInt("total"), "the table is still there");
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedAndKeepsNothing() {
        byte[] fifty = new byte[50 * 1024 * 1024];
        Api.Reply refused = admin().postFile(API + "/imports/members", "file", "thanh-vien.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fifty);
        assertTrue(refused.status() == 400 || refused.status() == 413, refused.status() + " " + refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    }

    @Test
    void aStaffMemberCallingAdministratorsEndpointsIsRefused() {
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), null, List.of());
        assertEquals(403, staff.get(API + "/users").status());
        assertEquals(403, staff.post(API + "/users", "{\"username\":\"ke.gian\",\"displayName\":\"Kẻ gian\","
                + "\"password\":\"Kegian20261\",\"roles\":[\"ADMIN\"]}").status());
        assertEquals(403, staff.post(API + "/organisations", "{\"code\":\"GIA\",\"name\":\"Hội Giả\","
                + "\"shortName\":\"Hội Giả\",\"memberTitle\":\"hội viên\"}").status());
        assertEquals(403, staff.get(API + "/audit").status());
        assertEquals(403, staff.post(API + "/persons/1/anonymise", "{\"reason\": \"xóa dấu vết\"}").status());
        assertEquals(404, admin().get(API + "/users/ke.gian").status(), "nothing was created");
    }
}
