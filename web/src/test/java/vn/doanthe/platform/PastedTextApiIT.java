package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.ClientTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Imports;
import vn.doanthe.testing.Serials;

/**
 * Names as offices produce them: pasted from Word (non-breaking and zero-width spaces, soft
 * hyphens), converted from old encodings (Ð for Đ), typed with a Chinese input method (full-width
 * letters), and written in other scripts (Khmer names of the Mekong delta, Han). Each is stored
 * tidied, shown as written, and found by the words a user types, with or without diacritics; what
 * no name holds is refused naming the field. The import reads the same text the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PastedTextApiIT extends ClientTest {

    private static final String API = "/doanthe/api/v1/";
    private static final String HAMLET = "29254.02";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aNamePastedFromWordOrAnOldEncodingIsStoredTidiedAndFoundWithoutDiacritics() {
        String word = Deployments.uniqueLetters();
        JsonObject person = register("ÐẶNG\u00a0Thị\u200b Ｈà\u00ad " + word + "\ufeff");
        assertEquals("ĐẶNG Thị Hà " + word, person.getString("fullName"));
        assertTrue(foundIds("dang thi ha " + word).contains(person.getJsonNumber("id").longValue()));
        assertTrue(foundIds("Đặng " + word).contains(person.getJsonNumber("id").longValue()));
    }

    @Test
    void namesInKhmerAndHanScriptAreKeptAsWrittenAndFoundByTheirOwnWords() {
        String word = Deployments.uniqueLetters();
        JsonObject khmer = register("ថាច់ សុភា " + word);
        assertEquals("ថាច់ សុភា " + word, khmer.getString("fullName"));
        assertTrue(foundIds("សុភា " + word).contains(khmer.getJsonNumber("id").longValue()));
        JsonObject han = register("陈文明 " + word);
        assertTrue(foundIds(word + " 陈文").contains(han.getJsonNumber("id").longValue()));
        for (String q : List.of("ថាច់", "陈文明", "Straße", "Ｎｇｕｙễｎ", "Hà 😀", "Ð")) {
            for (String search : List.of("persons?q=", "territory/units?q=", "org-units?q=", "users?q=", "transfers?q=")) {
                Api.Reply found = admin().get(API + search + Api.q(q));
                assertEquals(200, found.status(), search + q + " → " + found.body());
            }
        }
    }

    @Test
    void whatNoNameHoldsIsRefusedNamingTheField() {
        for (String name : List.of("Hà 😀", "\u0301\u0303", "Lan\u0000", "Mai\u0007", "123 456", "\ud800")) {
            Api.Reply refused = admin().post(API + "persons", body(name));
            assertEquals(400, refused.status(), name + " → " + refused.body());
            assertEquals("fullName", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                    refused.body());
        }
        Api.Reply hamlet = admin().post(API + "territory/units", """
                {"name": "Ấp\\u00a0Bến\\u200b Giá %s\\u00ad", "level": "HAMLET", "type": "AP", "parentCode": "29254"}"""
                .formatted(Deployments.uniqueLetters()));
        assertEquals(201, hamlet.status(), hamlet.body());
        assertTrue(hamlet.json().getString("name").startsWith("Ấp Bến Giá "), hamlet.body());
        Api.Reply symbol = admin().post(API + "territory/units", """
                {"name": "Ấp ☎", "level": "HAMLET", "type": "AP", "parentCode": "29254"}""");
        assertEquals(400, symbol.status(), symbol.body());
        assertEquals("name", symbol.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anImportReadsDecomposedTextOldEncodingsAndTheSheetThatHasTheHeader() throws IOException {
        String word = Deployments.uniqueLetters();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Hướng dẫn");
            Sheet sheet = workbook.createSheet("Thành viên");
            List<String> columns = List.of("Họ và tên", "Giới tính", "Ngày sinh", "CCCD", "Điện thoại", "Mã thôn/ấp",
                    "Địa chỉ", "Dân tộc", "Tôn giáo", "Trình độ học vấn", "Nghề nghiệp", "Mã chi hội/chi đoàn",
                    "Ngày vào", "Số thẻ");
            cells(sheet.createRow(0), columns);
            cells(sheet.createRow(1), List.of("ÐINH Thị\u00a0" + word, "Nu\u031b\u0303", "01/02/1990",
                    NationalId.compose("80", Gender.FEMALE, 1990, Serials.next()), "", HAMLET));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        Api.Reply started = admin().postFile(API + "imports/members", "file", "thanh-vien\u0000.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        assertEquals(202, started.status(), started.body());
        int id = started.json().getInt("id");
        JsonObject checked = Imports.waitFor(admin(), id, "VALIDATED");
        assertEquals(1, checked.getInt("valid"), checked.toString());
        assertEquals(200, admin().post(API + "imports/" + id + "/commit", "{\"mode\": \"VALID_ONLY\"}").status());
        JsonObject done = Imports.waitFor(admin(), id, "DONE");
        assertEquals(1, done.getInt("created"), done.toString());
        JsonObject found = admin().get(API + "persons?q=dinh+" + word).json();
        assertEquals(1, found.getInt("total"), found.toString());
        assertEquals("ĐINH Thị " + word, found.getJsonArray("items").getJsonObject(0).getString("fullName"));
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    private JsonObject register(String fullName) {
        Api.Reply created = admin().post(API + "persons", body(fullName));
        assertEquals(201, created.status(), fullName + " → " + created.body());
        return created.json();
    }

    private static String body(String fullName) {
        return Json.createObjectBuilder().add("fullName", fullName).add("gender", "FEMALE").add("birthDate", "1990-01-01")
                .add("hamletCode", HAMLET).build().toString();
    }

    private List<Long> foundIds(String q) {
        Api.Reply found = admin().get(API + "persons?q=" + Api.q(q));
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("id").longValue()).collect(Collectors.toList());
    }

}
