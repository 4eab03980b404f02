package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.MemberWorkbooks;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.control.CsvReader;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Imports;
import vn.doanthe.testing.Serials;

/**
 * An export of the audit trail is the search itself: the XLSX and the CSV, read back, hold the
 * entries {@code GET /audit} finds for the same filters, newest first, with Vietnamese headers and
 * times dd/MM/yyyy HH:mm:ss in Vietnam; each export is an audit event; only auditors and
 * administrators export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditExportApiIT extends ClientTest {

    private static final List<String> HEADER = List.of("Số", "Thời điểm (giờ Việt Nam)", "Người dùng", "Địa chỉ máy",
            "Thao tác", "Loại đối tượng", "Mã đối tượng", "Thay đổi", "Lý do", "Lệnh", "Yêu cầu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final String PASSWORD = "Kiem@Toan2026";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theSpreadsheetHoldsTheSearchNewestFirst() throws IOException {
        String filters = "entityType=AdminUnit&entityId=" + renamedHamlet();
        List<List<String>> expected = found(filters);
        assertEquals(2, expected.size(), "the hamlet was created, then renamed");

        Api.Download file = admin().download("/doanthe/api/v1/audit/export?format=xlsx&" + filters);
        assertEquals(200, file.status(), file.text());
        assertTrue(file.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                file.contentType());
        assertTrue(file.disposition().matches("attachment; filename=\"nhat-ky-\\d{4}-\\d{2}-\\d{2}\\.xlsx\""),
                file.disposition());
        List<List<String>> rows = rows(file.body());
        assertEquals(HEADER, rows.get(0));
        assertEquals(expected, rows.subList(1, rows.size()));
        assertTrue(rows.get(1).get(7).contains("name: "), rows.get(1).toString());
    }

    @Test
    void theCsvHoldsTheSameRowsInUtf8WithAByteOrderMark() {
        String filters = "entityType=AdminUnit&entityId=" + renamedHamlet();

        Api.Download file = admin().download("/doanthe/api/v1/audit/export?format=csv&" + filters);
        assertEquals(200, file.status(), file.text());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.body(), 3));
        CsvReader csv = new CsvReader(new StringReader(file.text()));
        assertEquals(HEADER, csv.next());
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        assertEquals(found(filters), rows);
    }

    @Test
    void aWholeTrailLongerThanAPageIsExportedEntryByEntry() throws IOException {
        importMembers(260);
        long total = admin().get("/doanthe/api/v1/audit?size=1").json().getJsonNumber("total").longValue();
        assertTrue(total > 500, "the trail must be longer than the export's page of 500: " + total);
        Api.Download file = admin().download("/doanthe/api/v1/audit/export");
        assertEquals(200, file.status(), file.text());
        List<List<String>> rows = rows(file.body());
        assertEquals(total + 1, rows.size() - 1, "every entry, and first the export's own, recorded as it started");
        assertEquals("EXPORT", rows.get(1).get(4));
        for (int i = 2; i < rows.size(); i++) {
            assertTrue(Long.parseLong(rows.get(i).get(0)) < Long.parseLong(rows.get(i - 1).get(0)),
                    "newest first, each entry once: " + rows.get(i - 1) + " then " + rows.get(i));
        }
    }

    @Test
    void eachExportIsAnAuditEventNamingItsFiltersRecordedAsItStarts() {
        long hamlet = renamedHamlet();
        assertEquals(200, admin().download("/doanthe/api/v1/audit/export?format=csv&entityType=AdminUnit&entityId="
                + hamlet).status());

        JsonObject event = admin().get("/doanthe/api/v1/audit?action=EXPORT&entityType=AuditEntry&user=admin")
                .json().getJsonArray("items").getJsonObject(0);
        String detail = event.getJsonArray("changes").getJsonObject(0).getString("new");
        assertTrue(detail.contains("format=CSV") && detail.contains("entityId=" + hamlet), detail);
    }

    @Test
    void onlyAuditorsAndAdministratorsExportAndAWrongFormatIsNamed() {
        Api.Reply format = admin().get("/doanthe/api/v1/audit/export?format=pdf");
        assertEquals(400, format.status(), format.body());
        assertEquals("format", format.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply day = admin().get("/doanthe/api/v1/audit/export?from=27/11/2026");
        assertEquals(400, day.status(), day.body());
        assertEquals("from", day.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(403, as(user("STAFF")).download("/doanthe/api/v1/audit/export").status());
        assertEquals(403, as(user("VIEWER")).download("/doanthe/api/v1/audit/export?format=pdf").status());
        assertEquals(200, as(user("AUDITOR")).download("/doanthe/api/v1/audit/export?format=csv&entityType=none").status());
        assertEquals(401, anonymous().download("/doanthe/api/v1/audit/export").status());
    }

    /** Members imported in one command: three entries each (person, membership, its first period). */
    private void importMembers(int count) throws IOException {
        long branch = admin().get("/doanthe/api/v1/org-units?organisation=HPN&adminUnit=29254.01")
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        int serial = Serials.block(count + 1);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thành viên");
            cells(sheet.createRow(0), MemberSheet.IMPORT_COLUMNS);
            for (int i = 1; i <= count; i++) {
                cells(sheet.createRow(i), List.of("Đặng Thị Nhật Ký " + Deployments.unique(), "Nữ", "01/01/1990",
                        NationalId.compose("86", Gender.FEMALE, 1990, serial + i), "", "29254.01", "", "", "", "", "",
                        Long.toString(branch), "01/01/2015", ""));
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Reply started = admin().postFile("/doanthe/api/v1/imports/members", "file", "nhat-ky.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        assertEquals(202, started.status(), started.body());
        int id = started.json().getInt("id");
        Imports.waitFor(admin(), id, "VALIDATED");
        assertEquals(200, admin().post("/doanthe/api/v1/imports/" + id + "/commit", "{\"mode\": \"VALID_ONLY\"}").status());
        assertEquals(count, Imports.waitFor(admin(), id, "DONE").getInt("created"));
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    /** A hamlet created and then renamed: two entries; its id. */
    private long renamedHamlet() {
        String name = "Ấp Xuất Nhật Ký " + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/territory/units",
                "{\"name\": \"%s\", \"level\": \"HAMLET\", \"type\": \"AP\", \"parentCode\": \"29254\"}".formatted(name));
        assertEquals(201, created.status(), created.body());
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).toString();
        Api.Reply renamed = admin().post("/doanthe/api/v1/territory/units/" + created.json().getString("code") + "/rename",
                "{\"name\": \"%s Mới\", \"effectiveOn\": \"%s\", \"reason\": \"đổi tên, \\\"theo\\\" nghị quyết\"}"
                        .formatted(name, tomorrow));
        assertEquals(200, renamed.status(), renamed.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The rows an export should hold: the search API's items, as the export writes them. */
    private List<List<String>> found(String filters) {
        Api.Reply list = admin().get("/doanthe/api/v1/audit?size=500&" + filters);
        assertEquals(200, list.status(), list.body());
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject e : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            List<String> changes = new ArrayList<>();
            for (JsonObject c : e.getJsonArray("changes").getValuesAs(JsonObject.class)) {
                changes.add(c.getString("field") + ": " + text(c, "old") + " → " + text(c, "new"));
            }
            LocalDateTime at = LocalDateTime.parse(e.getString("at")).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime();
            rows.add(List.of(e.getJsonNumber("id").toString(), TIME.format(at), e.getString("user"),
                    text(e, "clientAddress"), e.getString("action"), e.getString("entityType"), e.getString("entityId"),
                    String.join("\n", changes), text(e, "reason"), text(e, "command"), e.getString("requestId")));
        }
        return rows;
    }

    private static String text(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name) ? "" : o.getString(name);
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        return MemberWorkbooks.rows(xlsx, HEADER.size());
    }

    private Api as(String username) {
        return Api.as(server(), username, PASSWORD);
    }

    private String user(String role) {
        String username = role.toLowerCase() + "." + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/users", """
                {"username": "%s", "displayName": "Thử %s", "password": "%s", "roles": ["%s"],
                 "mustChangePassword": false}""".formatted(username, role, PASSWORD, role));
        assertEquals(201, created.status(), created.body());
        return username;
    }
}
