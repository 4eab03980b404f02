package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.audit.control.AuditChainCheck;
import vn.doanthe.security.control.PasswordHash;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;

/**
 * The audit trail over HTTP and in the database: chained, verified by the API and by the IT
 * department's command alike, searchable by auditors only, and never writable. Entries edited or
 * deleted here are the test's own and are put back before the test ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT extends ClientTest {

    private static final String COMMUNE = "29254";
    private static final String PASSWORD = "Kiem@Toan2026";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theChainIsIntactAfterCommandsAndTheCommandAgrees() throws SQLException {
        hamlet("Ấp Chuỗi " + Deployments.unique());
        JsonObject verified = verify();
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertTrue(verified.getJsonNumber("checked").longValue() >= 3, verified.toString());
        AuditChainCheck.Result command = commandLine();
        assertTrue(command.intact());
        assertTrue(command.checked() >= verified.getJsonNumber("checked").longValue());
    }

    @Test
    void anEntryEditedInTheDatabaseIsNamedByTheVerification() throws SQLException {
        long entry = lastEntryOf(hamlet("Ấp Sửa Lén " + Deployments.unique()));
        try (Connection db = database()) {
            String original = changes(db, entry);
            try {
                setChanges(db, entry, original.replace("Sửa Lén", "Sửa Lắm"));
                JsonObject verified = verify();
                assertFalse(verified.getBoolean("intact"), verified.toString());
                assertEquals(entry, verified.getJsonNumber("firstBrokenId").longValue());
                assertEquals(entry, commandLine().firstBrokenId());
            } finally {
                setChanges(db, entry, original);
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void anEntryDeletedFromTheDatabaseIsFoundAtTheEntryAfterIt() throws SQLException {
        long deleted = lastEntryOf(hamlet("Ấp Xoá Lén " + Deployments.unique()));
        hamlet("Ấp Kế Tiếp " + Deployments.unique());
        try (Connection db = database(); Statement sql = db.createStatement()) {
            long next = nextEntryAfter(db, deleted);
            sql.execute("CREATE TEMPORARY TABLE kept AS SELECT * FROM audit_entry WHERE id = " + deleted);
            try {
                assertEquals(1, sql.executeUpdate("DELETE FROM audit_entry WHERE id = " + deleted));
                JsonObject verified = verify();
                assertFalse(verified.getBoolean("intact"), verified.toString());
                assertEquals(next, verified.getJsonNumber("firstBrokenId").longValue());
            } finally {
                sql.executeUpdate("INSERT IGNORE INTO audit_entry SELECT * FROM kept");
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void anEntitysTimelineShowsEachChangedFieldNewestFirst() {
        String name = "Ấp Dòng Thời Gian " + Deployments.unique();
        JsonObject hamlet = hamlet(name);
        Api.Reply renamed = admin().post("/doanthe/api/v1/territory/units/" + hamlet.getString("code") + "/rename",
                "{\"name\": \"%s Mới\", \"effectiveOn\": \"%s\", \"reason\": \"đổi tên thử\"}"
                        .formatted(name, today().plusDays(1)));
        assertEquals(200, renamed.status(), renamed.body());

        Api.Reply timeline = admin().get("/doanthe/api/v1/audit?entityType=AdminUnit&entityId="
                + hamlet.getJsonNumber("id") + "&user=admin&from=" + today().minusDays(1) + "&to=" + today());
        assertEquals(200, timeline.status(), timeline.body());
        assertEquals(2, timeline.json().getInt("total"), timeline.body());
        JsonObject newest = timeline.json().getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", newest.getString("action"));
        assertEquals("admin", newest.getString("user"));
        assertEquals("AdminUnit", newest.getString("entityType"));
        JsonObject nameChange = newest.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("field").equals("name")).findFirst().orElseThrow();
        assertEquals(name, nameChange.getString("old"));
        assertEquals(name + " Mới", nameChange.getString("new"));
        assertEquals("CREATE", timeline.json().getJsonArray("items").getJsonObject(1).getString("action"));

        Api.Reply beforeIt = admin().get("/doanthe/api/v1/audit?entityType=AdminUnit&entityId="
                + hamlet.getJsonNumber("id") + "&to=" + today().minusDays(1));
        assertEquals(0, beforeIt.json().getInt("total"), beforeIt.body());
        assertEquals(400, admin().get("/doanthe/api/v1/audit?from=27/11/2026").status());
    }

    @Test
    void nobodyWritesToTheAuditTrailThroughTheApi() {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            String body = "DELETE".equals(method) ? null : "{}";
            assertEquals(405, admin().call(method, "/doanthe/api/v1/audit", body).status(), method);
            assertEquals(405, admin().call(method, "/doanthe/api/v1/audit/verify", body).status(), method);
            int onEntry = admin().call(method, "/doanthe/api/v1/audit/1", body).status();
            assertTrue(onEntry == 404 || onEntry == 405, method + " " + onEntry);
        }
    }

    @Test
    void onlyAuditorsAndAdministratorsReadTheAuditTrail() throws SQLException {
        String staff = user("STAFF");
        String auditor = user("AUDITOR");
        assertEquals(403, as(staff).get("/doanthe/api/v1/audit").status());
        assertEquals(403, as(staff).get("/doanthe/api/v1/audit/verify").status());
        assertEquals(401, anonymous().get("/doanthe/api/v1/audit").status());
        Api.Reply read = as(auditor).get("/doanthe/api/v1/audit?size=5");
        assertEquals(200, read.status(), read.body());
        assertEquals(5, read.json().getJsonArray("items").size());
        assertEquals(200, as(auditor).get("/doanthe/api/v1/audit/verify").status());
    }

    @Test
    void aRefusedSignInIsRecordedWithItsNameAndAddress() {
        String intruder = "ke.la." + Deployments.unique();
        assertEquals(401, Api.as(server(), intruder, "doan-mo").get("/doanthe/api/v1/persons").status());
        Api.Reply found = admin().get("/doanthe/api/v1/audit?action=LOGIN_FAILED&user=" + intruder);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().getInt("total"), found.body());
        JsonObject entry = found.json().getJsonArray("items").getJsonObject(0);
        assertEquals("api", entry.getJsonArray("changes").getJsonObject(0).getString("new"));
        assertTrue(entry.getString("clientAddress").length() > 0, entry.toString());
    }

    private JsonObject hamlet(String name) {
        Api.Reply created = admin().post("/doanthe/api/v1/territory/units",
                "{\"name\": \"%s\", \"level\": \"HAMLET\", \"type\": \"AP\", \"parentCode\": \"%s\"}".formatted(name, COMMUNE));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private long lastEntryOf(JsonObject unit) {
        Api.Reply found = admin().get("/doanthe/api/v1/audit?entityType=AdminUnit&entityId=" + unit.getJsonNumber("id"));
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject verify() {
        Api.Reply verified = admin().get("/doanthe/api/v1/audit/verify");
        assertEquals(200, verified.status(), verified.body());
        return verified.json();
    }

    private Api as(String username) {
        return Api.as(server(), username, PASSWORD);
    }

    /** A user with one role, written straight into the database (user administration is issue 4). */
    private static String user(String role) throws SQLException {
        String username = role.toLowerCase() + Deployments.unique();
        try (Connection db = database()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (username, display_name,"
                    + " password_hash, must_change_password, created_at) VALUES (?, ?, ?, FALSE, UTC_TIMESTAMP(3))",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, username);
                insert.setString(2, "Thử " + role);
                insert.setString(3, PasswordHash.of(PASSWORD.toCharArray()));
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys(); PreparedStatement grant = db.prepareStatement(
                        "INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
                    key.next();
                    grant.setLong(1, key.getLong(1));
                    grant.setString(2, role);
                    grant.executeUpdate();
                }
            }
        }
        return username;
    }

    private static AuditChainCheck.Result commandLine() throws SQLException {
        try (Connection db = database()) {
            return AuditChainCheck.verify(db);
        }
    }

    private static String changes(Connection db, long entry) throws SQLException {
        return value(db, "SELECT changes FROM audit_entry WHERE id = ?", entry);
    }

    private static long nextEntryAfter(Connection db, long entry) throws SQLException {
        return Long.parseLong(value(db, "SELECT MIN(id) FROM audit_entry WHERE id > ?", entry));
    }

    static String value(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, parameter);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void setChanges(Connection db, long entry, String changes) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_entry SET changes = ? WHERE id = ?")) {
            update.setString(1, changes);
            update.setLong(2, entry);
            assertEquals(1, update.executeUpdate());
        }
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"), System.getenv("DOANTHE_DB_USER"),
                System.getenv("DOANTHE_DB_PASSWORD"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
