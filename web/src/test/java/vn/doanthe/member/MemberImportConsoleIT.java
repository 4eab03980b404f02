package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Imports;

/** The import page in a real browser: upload a spreadsheet, read its problems by row, import the valid rows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportConsoleIT extends AdminBrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void anUploadIsCheckedThenItsValidRowsAreImported() throws IOException {
        long branch = admin().get("/doanthe/api/v1/org-units?organisation=HPN&adminUnit=" + MemberWorkbooks.HAMLET)
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        MemberWorkbooks.Sample sample = MemberWorkbooks.sample(branch);
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("thanh-vien-" + sample.word() + ".xlsx");
        Files.write(file, sample.xlsx());

        browser.go("member/import.xhtml");
        browser.driver().findElement(By.cssSelector("#importForm input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("importForm:upload"));
        browser.waitForPage();
        browser.waitForText(By.id("state"), "chờ bạn quyết định");
        browser.waitForText(By.id("currentForm:problems"), "Mã chi hội/chi đoàn");
        browser.waitForText(By.id("counts"), "7 dòng: 2 hợp lệ, 5 có lỗi");
        browser.waitForText(By.id("checked"), "Đã kiểm tra 7 / 7 dòng.");
        assertEquals(0, admin().get("/doanthe/api/v1/persons?q=" + sample.word()).json().getInt("total"));

        browser.click(By.id("currentForm:importValid"));
        browser.waitForText(By.id("state"), "Đã nhập xong");
        browser.waitForText(By.id("counts"), "7 dòng: 2 hợp lệ, 5 có lỗi; đã ghi mới 2, không thay đổi 0");
        browser.waitForText(By.id("checked"), "Đã ghi 2 / 2 dòng hợp lệ.");
        assertEquals(2, admin().get("/doanthe/api/v1/persons?q=" + sample.word()).json().getInt("total"));
        browser.screenshot("member-import");
    }

    /**
     * Item 11 of the console pass: the template a commune's officer downloads carries instructions,
     * a row filled in correctly (which the import takes as valid) and the hamlet and branch codes of
     * the officer's commune only; uploading nothing, or a file without rows, is said so and offers
     * no import; a file imported "nothing" is listed as such at once.
     */
    @Test
    void theTemplateGuidesWithTheCodesOfTheScopeAndAnEmptyUploadIsSaidSo() throws IOException {
        Api staff = Accounts.client(server(), admin(), List.of("STAFF"), "29254", List.of());
        byte[] template = staff.download("/doanthe/api/v1/imports/members/template").body();
        List<String> example;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("Thành viên", "Hướng dẫn", "Mã thôn, ấp", "Mã chi hội, chi đoàn", "Mã dân tộc, tôn giáo"),
                    sheets);
            assertEquals(1, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "the sheet read holds its header only");
            List<List<String>> hamlets = cells(workbook.getSheet("Mã thôn, ấp"));
            assertTrue(hamlets.size() > 1 && hamlets.stream().skip(1).allMatch(h -> h.get(0).startsWith("29254.")), hamlets.toString());
            assertTrue(hamlets.stream().anyMatch(h -> h.get(0).equals(MemberWorkbooks.HAMLET)), hamlets.toString());
            List<List<String>> branches = cells(workbook.getSheet("Mã chi hội, chi đoàn"));
            assertTrue(branches.size() > 1, branches.toString());
            for (List<String> branch : branches.subList(1, branches.size())) {
                assertEquals(200, staff.get("/doanthe/api/v1/org-units/" + branch.get(0)).status(), branch + " is in scope");
            }
            List<List<String>> guide = cells(workbook.getSheet("Hướng dẫn"));
            int header = guide.indexOf(guide.stream().filter(r -> r.get(0).equals("Họ và tên") && r.size() > 5).findFirst()
                    .orElseThrow());
            example = guide.get(header + 1);
            assertEquals(MemberWorkbooks.COLUMNS, guide.get(header).subList(0, MemberWorkbooks.COLUMNS.size()));
        }
        try (XSSFWorkbook filled = new XSSFWorkbook()) {
            Sheet sheet = filled.createSheet("Thành viên");
            MemberWorkbooks.row(sheet, 0, MemberWorkbooks.COLUMNS.toArray(String[]::new));
            MemberWorkbooks.row(sheet, 1, example.toArray(String[]::new));
            Api.Reply upload = staff.postFile("/doanthe/api/v1/imports/members", "file", "vi-du.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MemberWorkbooks.bytes(filled));
            assertEquals(202, upload.status(), upload.body());
            JsonObject checked = Imports.waitFor(staff, upload.json().getInt("id"), "VALIDATED");
            assertEquals(1, checked.getInt("valid"), "the example row is valid: " + checked);
            staff.post("/doanthe/api/v1/imports/" + upload.json().getInt("id") + "/commit", "{\"mode\": \"NOTHING\"}");
        }

        browser.go("member/import.xhtml");
        browser.submit(By.id("importForm:upload"));
        browser.waitForPage();
        browser.waitForText(By.id("importForm"), "Hãy chọn tệp Excel (.xlsx) cần nhập trước khi tải lên.");

        Path empty = Files.createDirectories(Path.of("target", "uploads")).resolve("mau-trong-" + Deployments.uniqueLetters() + ".xlsx");
        Files.write(empty, template);
        browser.driver().findElement(By.cssSelector("#importForm input[type='file']")).sendKeys(empty.toAbsolutePath().toString());
        browser.submit(By.id("importForm:upload"));
        browser.waitForPage();
        browser.waitForText(By.id("state"), "chờ bạn quyết định");
        browser.waitForText(By.id("currentForm"), "Tệp không có dòng dữ liệu nào");
        assertTrue(browser.driver().findElements(By.id("currentForm:importValid")).isEmpty(), "no valid rows to import");
        browser.click(By.id("currentForm:importNothing"));
        browser.waitForText(By.id("state"), "Đã hủy");
        browser.waitForText(By.id("recent"), empty.getFileName() + " ");
        String listed = browser.text(By.id("recent"));
        assertTrue(listed.contains("Đã hủy: không nhập gì."), listed);
        assertFalse(listed.substring(listed.indexOf(empty.getFileName().toString())).split("\n")[0].contains("chờ bạn"), listed);
    }

    private static List<List<String>> cells(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(row.getLastCellNum(), 1); i++) {
                cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
