package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doanthe.member.MemberWorkbooks.HAMLET;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.platform.control.CsvReader;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;

/**
 * An export is the filtered list itself: the XLSX and the CSV, read back, hold exactly the persons
 * the list API gives for the same filters, in the same order, with Vietnamese headers and dates
 * written dd/MM/yyyy; and each export leaves an audit event.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonExportApiIT extends ClientTest {

    private static final List<String> HEADER = List.of("Họ và tên", "Giới tính", "Ngày sinh", "CCCD", "Điện thoại",
            "Mã thôn/ấp", "Địa chỉ", "Dân tộc", "Tôn giáo", "Trình độ học vấn", "Nghề nghiệp", "Tổ chức tham gia");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theSpreadsheetHoldsTheFilteredListInItsOrder() throws IOException, SQLException {
        String word = registerThree();
        long exportsBefore = auditedExports();

        List<List<String>> expected = listed("q=" + word);
        assertEquals(3, expected.size());
        Api.Download file = admin().download("/doanthe/api/v1/persons/export?format=xlsx&q=" + word);
        assertEquals(200, file.status(), file.text());
        assertTrue(file.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                file.contentType());
        assertTrue(file.disposition().startsWith("attachment; filename=\"thanh-vien-"), file.disposition());
        assertTrue(file.disposition().endsWith(".xlsx\""), file.disposition());

        List<List<String>> rows = MemberWorkbooks.rows(file.body(), HEADER.size());
        assertEquals(HEADER, rows.get(0));
        assertEquals(expected, rows.subList(1, rows.size()));
        assertEquals(exportsBefore + 1, auditedExports());
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndQuotesWhatNeedsQuoting() throws SQLException {
        String word = registerThree();
        long exportsBefore = auditedExports();

        Api.Download file = admin().download("/doanthe/api/v1/persons/export?format=csv&q=" + word);
        assertEquals(200, file.status(), file.text());
        assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file.body(), 3));
        assertTrue(file.text().contains("\"Số 7, đường \"\"Cây Me\"\"\""), file.text());

        CsvReader csv = new CsvReader(new StringReader(file.text()));
        assertEquals(HEADER, csv.next());
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        assertEquals(listed("q=" + word), rows);
        assertEquals(exportsBefore + 1, auditedExports());
    }

    @Test
    void theSameFiltersAsTheListApplyToTheExport() throws IOException {
        String word = registerThree();
        String filters = "q=" + word + "&unit=" + HAMLET + "&org=HPN&status=ACTIVE";
        List<List<String>> expected = listed(filters);
        assertEquals(1, expected.size(), "one of the three is a member of the Women's Union");

        Api.Download file = admin().download("/doanthe/api/v1/persons/export?" + filters);
        assertEquals(200, file.status(), file.text());
        List<List<String>> rows = MemberWorkbooks.rows(file.body(), HEADER.size());
        assertEquals(expected, rows.subList(1, rows.size()));
    }

    @Test
    void aWrongFormatOrAnUnknownPlaceIsAProblemNamingTheField() {
        Api.Reply format = admin().get("/doanthe/api/v1/persons/export?format=pdf");
        assertEquals(400, format.status(), format.body());
        assertEquals("format", format.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply place = admin().get("/doanthe/api/v1/persons/export?unit=99999.99");
        assertEquals(400, place.status(), place.body());
        assertEquals("unit", place.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, anonymous().download("/doanthe/api/v1/persons/export").status());
    }

    /** Three persons sharing a made-up word in their names; the second is a member of the HPN branch. */
    private String registerThree() {
        String word = "Xuat" + Deployments.unique();
        long serial = Serials.block(3);
        person("Nguyễn Văn " + word, Gender.MALE, "1985-03-04", serial, "Số 7, đường \"Cây Me\"");
        long second = person("Trần Thị " + word, Gender.FEMALE, "1990-12-31", serial + 1, "ấp 3");
        person("Lê Thị Bé " + word, Gender.FEMALE, "2001-01-15", serial + 2, null);
        Api.Reply joined = admin().post("/doanthe/api/v1/memberships",
                "{\"personId\": %d, \"orgUnitId\": %d, \"joinedOn\": \"2015-05-01\", \"memberNumber\": \"HPN-1\"}"
                        .formatted(second, branch("HPN")));
        assertEquals(201, joined.status(), joined.body());
        return word.toLowerCase();
    }

    private long person(String name, Gender gender, String birthDate, long serial, String address) {
        String nationalId = NationalId.compose("86", gender, LocalDate.parse(birthDate).getYear(), (int) serial);
        Api.Reply created = admin().post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "%s", "birthDate": "%s", "nationalId": "%s", "phone": "0912345678",
                 "ethnicityCode": "01", "hamletCode": "%s", "occupation": "Làm ruộng"%s}""".formatted(name, gender,
                birthDate, nationalId, HAMLET, address == null ? "" : ", \"address\": \"" + address.replace("\"", "\\\"") + "\""));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The rows an export should hold: the list API's items, as the export writes them. */
    private List<List<String>> listed(String filters) {
        Api.Reply list = admin().get("/doanthe/api/v1/persons?size=500&" + filters);
        assertEquals(200, list.status(), list.body());
        List<List<String>> rows = new ArrayList<>();
        for (JsonObject p : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            List<String> memberships = new ArrayList<>();
            for (JsonObject m : p.getJsonArray("memberships").getValuesAs(JsonObject.class)) {
                memberships.add(m.getString("organisationCode") + ": " + m.getString("orgUnitName") + " ("
                        + m.getString("status") + ")");
            }
            rows.add(List.of(p.getString("fullName"), p.getString("gender").equals("MALE") ? "Nam" : "Nữ",
                    DAY.format(LocalDate.parse(p.getString("birthDate"))), text(p, "nationalId"), text(p, "phone"),
                    p.getString("hamletCode"), text(p, "address"), text(p, "ethnicityCode"), text(p, "religionCode"),
                    text(p, "education"), text(p, "occupation"), String.join("; ", memberships)));
        }
        return rows;
    }

    private static String text(JsonObject o, String name) {
        return o.isNull(name) || !o.containsKey(name) ? "" : o.getString(name);
    }

    private long branch(String organisation) {
        return admin().get("/doanthe/api/v1/org-units?organisation=" + organisation + "&adminUnit=" + HAMLET)
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long auditedExports() throws SQLException {
        try (Connection db = DriverManager.getConnection(System.getenv("DOANTHE_DB_URL"),
                System.getenv("DOANTHE_DB_USER"), System.getenv("DOANTHE_DB_PASSWORD"));
             ResultSet row = db.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'Person'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
