package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doanthe.member.MemberWorkbooks.COLUMNS;
import static vn.doanthe.member.MemberWorkbooks.HAMLET;
import static vn.doanthe.member.MemberWorkbooks.XLSX;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.doanthe.testing.Imports;

/**
 * Importing members from a spreadsheet: every row checked first with the register's rules and
 * nothing written; problems named by row and column; the valid rows imported on request, the
 * others not; the same file imported again changes nothing; what is not a member spreadsheet is
 * refused at once with a clear message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportApiIT extends ClientTest {


    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theReportNamesRowAndColumnAndOnlyTheValidRowsAreImported() throws IOException, SQLException {
        MemberWorkbooks.Sample sample = MemberWorkbooks.sample(branch("HPN"));
        JsonObject checked = uploadAndWait(sample.xlsx(), "VALIDATED");
        assertEquals(7, checked.getInt("total"));
        assertEquals(2, checked.getInt("valid"));
        assertEquals(5, checked.getInt("invalid"));
        Map<Integer, String> columns = new TreeMap<>();
        for (JsonObject error : checked.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            columns.put(error.getInt("row"), error.getString("column", null));
            assertFalse(error.getString("message").isBlank());
            assertFalse(error.getString("message").startsWith("member."), error.getString("message"));
        }
        assertEquals(Map.of(4, "CCCD", 5, "Ngày sinh", 6, "Mã thôn/ấp", 7, "Mã chi hội/chi đoàn", 8, "Số thẻ"), columns);
        assertEquals(0, found(sample.word()), "checking writes nothing");

        Api.Download report = admin().download("/doanthe/api/v1/imports/" + checked.getInt("id") + "/report");
        assertEquals(200, report.status(), report.text());
        List<List<String>> rows = MemberWorkbooks.rows(report.body(), COLUMNS.size() + 2);
        assertEquals("Lỗi", rows.get(0).get(15));
        assertEquals(List.of("4", "5", "6", "7", "8"), rows.subList(1, rows.size()).stream().map(r -> r.get(14)).toList());
        assertTrue(rows.get(1).get(15).startsWith("CCCD: "), rows.get(1).get(15));

        long personsCreatedBefore = audited("CREATE", "Person");
        JsonObject done = commitAndWait(checked.getInt("id"), "VALID_ONLY", "DONE");
        assertEquals(2, done.getInt("created"));
        assertEquals(0, done.getInt("unchanged"));
        assertEquals(7, done.getInt("total"));
        assertEquals(5, done.getInt("invalid"));
        assertEquals(2, found(sample.word()));
        assertEquals(1, admin().get("/doanthe/api/v1/persons?q=" + sample.nationalIds().get(0)).json().getInt("total"));
        JsonObject member = admin().get("/doanthe/api/v1/persons?q=" + sample.nationalIds().get(0)).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("HPN", member.getJsonArray("memberships").getJsonObject(0).getString("organisationCode"));
        assertEquals("2015-05-01", member.getJsonArray("memberships").getJsonObject(0).getString("joinedOn"));
        assertEquals(personsCreatedBefore + 2, audited("CREATE", "Person"), "each person created is audited");

        long membershipsBefore = audited("CREATE", "Membership");
        JsonObject again = uploadAndWait(sample.xlsx(), "VALIDATED");
        assertEquals(2, again.getInt("valid"));
        JsonObject unchanged = commitAndWait(again.getInt("id"), "VALID_ONLY", "DONE");
        assertEquals(0, unchanged.getInt("created"));
        assertEquals(2, unchanged.getInt("unchanged"));
        assertEquals(2, found(sample.word()));
        assertEquals(personsCreatedBefore + 2, audited("CREATE", "Person"));
        assertEquals(membershipsBefore, audited("CREATE", "Membership"));
    }

    /**
     * The rows are counted as the file is received, so the check shows rows checked out of all of them
     * from the start; writing shows the valid rows written out of all valid rows.
     */
    @Test
    void progressIsRowsCheckedOutOfAllThenRowsWrittenOutOfTheValid() {
        int rows = 2000;
        MemberWorkbooks.Sample many = MemberWorkbooks.many(branch("HPN"), rows);
        Api.Reply started = admin().postFile("/doanthe/api/v1/imports/members", "file", "nhieu.xlsx", XLSX, many.xlsx());
        assertEquals(202, started.status(), started.body());
        JsonObject first = started.json();
        assertEquals(rows, first.getInt("total"), "counted on upload: " + first);
        int id = first.getInt("id");
        List<JsonObject> seen = new ArrayList<>(List.of(first));
        JsonObject checked = Imports.waitFor(admin(), id, "VALIDATED", seen);
        assertEquals(rows, checked.getInt("checked"));
        assertEquals(rows, checked.getInt("valid"));
        assertEquals(0, checked.getInt("written"));

        Api.Reply decided = admin().post("/doanthe/api/v1/imports/" + id + "/commit", "{\"mode\": \"VALID_ONLY\"}");
        assertEquals(200, decided.status(), decided.body());
        seen.add(decided.json());
        JsonObject done = Imports.waitFor(admin(), id, "DONE", seen);
        assertEquals(rows, done.getInt("written"));
        assertEquals(rows, done.getInt("created"));
        assertEquals(rows, done.getInt("checked"));
        for (JsonObject now : seen) {
            assertEquals(rows, now.getInt("total"), now.toString());
            switch (now.getString("state")) {
                case "VALIDATING" -> {
                    assertTrue(now.getInt("checked") <= rows, now.toString());
                    assertEquals(0, now.getInt("written"), now.toString());
                }
                case "IMPORTING" -> {
                    assertEquals(rows, now.getInt("checked"), now.toString());
                    assertTrue(now.getInt("written") <= rows, now.toString());
                }
                default -> { }
            }
        }
        assertEquals(rows, found(many.word()));
    }

    @Test
    void importingNothingWritesNothingAndTheDecisionIsTakenOnce() throws IOException {
        MemberWorkbooks.Sample sample = MemberWorkbooks.sample(branch("HPN"));
        JsonObject checked = uploadAndWait(sample.xlsx(), "VALIDATED");
        JsonObject discarded = commitAndWait(checked.getInt("id"), "NOTHING", "DISCARDED");
        assertEquals(0, discarded.getInt("created"));
        assertEquals(0, found(sample.word()));
        Api.Reply late = admin().post("/doanthe/api/v1/imports/" + checked.getInt("id") + "/commit",
                "{\"mode\": \"VALID_ONLY\"}");
        assertEquals(409, late.status(), late.body());

        // The file holds personal data: another staff member is told it does not exist.
        String other = "nv" + Deployments.unique().toLowerCase();
        assertEquals(201, admin().post("/doanthe/api/v1/users", """
                {"username":"%s","displayName":"Cán bộ khác","password":"Khacnguoi2026","roles":["STAFF"],
                 "mustChangePassword":false}""".formatted(other)).status());
        Api staff = Api.as(server(), other, "Khacnguoi2026");
        assertEquals(404, staff.get("/doanthe/api/v1/imports/" + checked.getInt("id")).status());
        assertEquals(404, staff.download("/doanthe/api/v1/imports/" + checked.getInt("id") + "/report").status());
        assertEquals(404, staff.post("/doanthe/api/v1/imports/" + checked.getInt("id") + "/commit",
                "{\"mode\": \"NOTHING\"}").status());
    }

    @Test
    void rowsNamingPlacesAndUnitsOutsideTheImportersScopeAreRefusedInTheReport() {
        MemberWorkbooks.Sample sample = MemberWorkbooks.sample(branch("HPN"));
        Api officer = Accounts.client(server(), admin(), List.of("STAFF"), "29242", List.of("HPN"));
        JsonObject checked = uploadAndWait(officer, sample.xlsx(), "VALIDATED");
        assertEquals(0, checked.getInt("valid"), checked.toString());
        Map<Integer, List<String>> columns = new TreeMap<>();
        for (JsonObject error : checked.getJsonArray("errors").getValuesAs(JsonObject.class)) {
            columns.computeIfAbsent(error.getInt("row"), r -> new ArrayList<>()).add(error.getString("column", null));
        }
        assertTrue(columns.get(2).containsAll(List.of("Mã thôn/ấp", "Mã chi hội/chi đoàn")), columns.toString());
        assertEquals(List.of("Mã thôn/ấp"), columns.get(3), columns.toString());
    }

    @Test
    void aFileThatIsNotAMemberSpreadsheetIsRefusedWithAClearMessage() throws IOException {
        Api.Reply renamed = admin().postFile("/doanthe/api/v1/imports/members", "file", "danh-sach.xlsx", XLSX,
                "Họ và tên,Giới tính\nNguyễn Văn A,Nam\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, renamed.status(), renamed.body());
        assertEquals("file", renamed.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(renamed.json().getString("detail").contains(".xlsx"), renamed.body());

        Api.Reply text = admin().postFile("/doanthe/api/v1/imports/members", "file", "danh-sach.txt", "text/plain",
                "abc".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.status(), text.body());

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row header = workbook.createSheet().createRow(0);
            header.createCell(0).setCellValue("Tên");
            header.createCell(1).setCellValue("Tuổi");
            Api.Reply wrongColumns = admin().postFile("/doanthe/api/v1/imports/members", "file", "sai-cot.xlsx", XLSX,
                    MemberWorkbooks.bytes(workbook));
            assertEquals(400, wrongColumns.status(), wrongColumns.body());
            assertTrue(wrongColumns.json().getString("detail").contains("Họ và tên, Giới tính"), wrongColumns.body());
        }

        MemberWorkbooks.Sample three = MemberWorkbooks.many(branch("HPN"), 3);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(three.xlsx()))) {
            // The hamlet code written once and merged down over the three members below it.
            workbook.getSheetAt(0).addMergedRegion(CellRangeAddress.valueOf("F2:F4"));
            Api.Reply merged = admin().postFile("/doanthe/api/v1/imports/members", "file", "o-gop.xlsx", XLSX,
                    MemberWorkbooks.bytes(workbook));
            assertEquals(400, merged.status(), merged.body());
            assertEquals("file", merged.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            assertTrue(merged.json().getString("detail").contains("F2:F4"), merged.body());
            assertTrue(merged.json().getString("detail").contains("bỏ gộp"), merged.body());
        }
        assertEquals(0, admin().get("/doanthe/api/v1/persons?q=" + three.word()).json().getInt("total"),
                "nothing of a refused file is registered");
    }

    @Test
    void theOpenApiDocumentDescribesImportAndExport() {
        Api.Reply openapi = anonymous().get("/openapi");
        assertEquals(200, openapi.status(), openapi.body());
        assertTrue(openapi.body().contains("/imports/members"), openapi.body());
        assertTrue(openapi.body().contains("/persons/export"), openapi.body());
    }

    private JsonObject uploadAndWait(byte[] xlsx, String state) {
        return uploadAndWait(admin(), xlsx, state);
    }

    private JsonObject uploadAndWait(Api uploader, byte[] xlsx, String state) {
        Api.Reply started = uploader.postFile("/doanthe/api/v1/imports/members", "file", "thanh-vien.xlsx", XLSX, xlsx);
        assertEquals(202, started.status(), started.body());
        assertTrue(started.header("Location").matches(".*/doanthe/api/v1/imports/\\d+"), started.header("Location"));
        return waitFor(started.json().getInt("id"), state);
    }

    private JsonObject commitAndWait(int id, String mode, String state) {
        Api.Reply decided = admin().post("/doanthe/api/v1/imports/" + id + "/commit", "{\"mode\": \"" + mode + "\"}");
        assertEquals(200, decided.status(), decided.body());
        return waitFor(id, state);
    }

    private JsonObject waitFor(int id, String state) {
        return Imports.waitFor(admin(), id, state);
    }

    private int found(String word) {
        return admin().get("/doanthe/api/v1/persons?q=" + word).json().getInt("total");
    }

    private long branch(String organisation) {
        return admin().get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + HAMLET)
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long audited(String action, String entityType) throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"),
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"));
             ResultSet row = db.createStatement().executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = '"
                     + action + "' AND entity_type = '" + entityType + "'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
