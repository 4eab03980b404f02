package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;

/**
 * A commune officer registers the province's directive in the console at 1024 px (every mistake of
 * the empty form at once), finds it again by its symbol typed without marks, keeps its PDF (a
 * spreadsheet renamed .pdf is refused beside the field), writes the summary for members, sends it
 * for review and approves it, then changes the approved text, which becomes version 2.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectivesConsoleIT extends BrowserTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneOfficerRegistersADirectiveKeepsItsFileAndApprovesItsSummary() throws IOException {
        String word = Deployments.uniqueLetters();
        String symbol = (100 + (int) (Math.random() * 800)) + "-KH/ĐU";
        LocalDate issued = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(2);

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("directive/directives.xhtml");
        browser.click(By.id("searchForm:openDirective"));
        browser.type(By.id("directiveForm:title"), "   ");
        browser.click(By.id("directiveForm:saveDirective"));
        browser.waitForText(By.id("directiveForm"), "Vui lòng nhập");
        assertEquals(4, browser.driver().findElements(By.cssSelector("#directiveForm .ui-message-error")).size(),
                "symbol, issuer, date and subject at once: " + browser.text(By.id("directiveForm")));

        browser.type(By.id("directiveForm:symbol"), symbol);
        browser.select("directiveForm:type", "Kế hoạch");
        browser.type(By.id("directiveForm:issuer"), "Đảng ủy xã");
        browser.typeDate(By.id("directiveForm:issuedOn_input"), DAY.format(issued), "directiveForm:issuedOn");
        browser.type(By.id("directiveForm:title"), "Tuyên truyền phòng, chống cháy rừng mùa khô " + word);
        browser.submit(By.id("directiveForm:saveDirective"));
        browser.waitForText(By.id("directiveTitle"), "cháy rừng mùa khô " + word);
        assertTrue(browser.text(By.id("particularsForm")).contains(DAY.format(issued)), "dd/MM/yyyy");

        Path renamed = Files.createDirectories(Path.of("target", "uploads")).resolve("bang-tinh-" + word + ".pdf");
        Files.write(renamed, zipOfAWorkbook());
        upload(renamed);
        browser.waitForText(By.id("filesForm"), "Chỉ nhận tệp PDF");
        Path pdf = Path.of("target", "uploads").resolve("Kế hoạch " + word + ".pdf");
        byte[] content = ("%PDF-1.4\n% Kế hoạch tuyên truyền " + word + "\n").getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, content);
        upload(pdf);
        browser.waitForText(By.id("filesForm:files"), "Kế hoạch " + word + ".pdf");

        browser.click(By.id("summariesForm:openSummary"));
        browser.type(By.id("summaryForm:text"), "Điểm chính: không đốt rẫy khi có gió\nViệc cần làm: báo ngay khi thấy khói");
        browser.type(By.id("summaryForm:outline"), "1. Tình hình\n2. Việc của hội viên");
        browser.click(By.id("summaryForm:saveSummary"));
        browser.waitForText(By.id("summariesForm:summaries"), "Bản nháp");
        browser.click(By.cssSelector("#summariesForm\\:summaries button.submit"));
        browser.waitForText(By.id("summariesForm:summaries"), "Chờ duyệt");
        browser.click(By.cssSelector("#summariesForm\\:summaries button.approve"));
        browser.waitForText(By.id("summariesForm:summaries"), "Đã duyệt");
        browser.click(By.cssSelector("#summariesForm\\:summaries button.edit"));
        browser.type(By.id("summaryForm:text"), "Điểm chính: không đốt rẫy khi có gió, dọn thực bì quanh nhà");
        browser.click(By.id("summaryForm:saveSummary"));
        browser.waitForText(By.id("summariesForm:summaries"), "Phiên bản 2");

        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("directive");

        browser.go("directive/directives.xhtml");
        browser.type(By.id("searchForm:q"), symbol.replace("Đ", "D").toLowerCase());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:directives"), word);

        JsonObject found = admin().get(API + "/directives?q=" + word).json().getJsonArray("items").getJsonObject(0);
        assertEquals(symbol, found.getString("symbol"));
        assertEquals(COMMUNE, found.getString("unit"), "kept in the commune's register");
        long id = found.getJsonNumber("id").longValue();
        JsonArray files = admin().get(API + "/directives/" + id + "/attachments").structure().asJsonArray();
        assertEquals(1, files.size(), "the renamed spreadsheet was not kept: " + files);
        assertArrayEquals(content, admin().download(API + "/directives/" + id + "/attachments/"
                + files.getJsonObject(0).getJsonNumber("id").longValue()).body());
        JsonArray versions = admin().get(API + "/directives/" + id + "/summaries").structure().asJsonArray();
        assertEquals(2, versions.size());
        assertEquals("DRAFT", versions.getJsonObject(0).getString("state"));
        assertEquals("APPROVED", versions.getJsonObject(1).getString("state"));
    }

    private void upload(Path file) {
        browser.driver().findElement(By.cssSelector("#filesForm input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("filesForm:upload"));
        browser.waitForPage();
    }

    private static byte[] zipOfAWorkbook() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
