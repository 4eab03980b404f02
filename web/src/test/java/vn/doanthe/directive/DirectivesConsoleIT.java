package vn.doanthe.directive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
import vn.doanthe.testing.Api;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

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

        assertFalse(sideways(), "the page fits 1024 px");
        browser.screenshot("directive");

        browser.go("directive/directives.xhtml");
        browser.type(By.id("searchForm:q"), symbol.replace("Đ", "D").toLowerCase());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:directives"), word);
        // The search typed is found again when the list is opened again (from the menu, a link, the address).
        browser.go("index.xhtml");
        browser.go("directive/directives.xhtml");
        browser.waitForText(By.id("listForm:directives"), word);
        assertEquals(symbol.replace("Đ", "D").toLowerCase(), browser.find(By.id("searchForm:q")).getAttribute("value"));

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

    /**
     * The cascade from the document to the completion view: a campaign issued from the document's
     * page to a hamlet's women's branches, the branch acknowledging the approved version, its session
     * recorded with one of its two members ticked from the roll, and the hamlet's progress.
     */
    @Test
    void aCampaignGoesFromTheDocumentToTheCompletionView() throws SQLException {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Phát Động " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        String lan = "Trần Thị Lan " + word;
        registry.enrol(registry.person(lan, hamlet), branch, "2015-01-01");
        registry.enrol(registry.person("Trần Thị Mai " + word, hamlet), branch, "2016-01-01");
        String staff = Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of());
        Api officer = Api.as(server(), staff, Accounts.PASSWORD);
        long directive = officer.post(API + "/directives", """
                {"symbol": "%s-KH/HPN", "issuer": "Hội Phụ nữ xã", "type": "PLAN", "issuedOn": "%s", "title": "Kế hoạch %s"}"""
                .formatted(Deployments.unique(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), word)).json()
                .getJsonNumber("id").longValue();
        long summary = officer.post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Điểm chính\"}").json()
                .getJsonNumber("id").longValue();
        officer.post(API + "/summaries/" + summary + "/submit", "");
        officer.post(API + "/summaries/" + summary + "/approve", "");

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(staff, Accounts.PASSWORD);
        browser.go("directive/directive.xhtml?id=" + directive);
        browser.click(By.id("campaignsForm:openCampaign"));
        browser.choose("campaignForm:unit", "Phat Dong " + word);
        browser.click(By.id("campaignForm:organisations"));
        browser.click(By.xpath("//div[@id='campaignForm:organisations_panel']//li[contains(., 'Hội Phụ nữ')]"
                + "//div[contains(@class, 'ui-chkbox-box')]"));
        browser.click(By.cssSelector("[id='campaignForm:organisations_panel'] .ui-selectcheckboxmenu-close"));
        browser.typeDate(By.id("campaignForm:deadline_input"),
                DAY.format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20)), "campaignForm:deadline");
        browser.select("campaignForm:form", "Sinh hoạt chuyên đề");
        browser.click(By.id("campaignForm:issueCampaign"));
        browser.waitForText(By.id("campaignsForm:campaigns"), "Ấp Phát Động " + word);
        browser.submit(By.cssSelector("#campaignsForm a.campaign-link"));
        browser.waitForText(By.id("targetsForm:targets"), "Chi hội");

        browser.click(By.cssSelector("#targetsForm\\:targets button.acknowledge"));
        browser.click(By.id("acknowledgeForm:confirmAcknowledge"));
        browser.waitForText(By.id("targetsForm:targets"), "Phiên bản 1");
        browser.click(By.cssSelector("#targetsForm\\:targets button.record-session"));
        browser.waitForText(By.id("sessionForm"), lan);
        browser.type(By.id("sessionForm:presenter"), "Bà Trần Thị Báo Cáo");
        browser.click(By.xpath("//*[@id='sessionForm:attendees']//label[contains(., '" + lan + "')]"));
        browser.type(By.id("sessionForm:opinions"), "Môi trường: đề nghị thêm thùng rác\nAn ninh: lắp đèn đường");
        browser.click(By.id("sessionForm:saveSession"));
        browser.waitForText(By.id("messages"), "Đã ghi buổi tuyên truyền");
        browser.waitForText(By.id("progressForm:figures"), "1 / 2");
        browser.waitForText(By.id("opinionsForm:topics"), "An ninh");
        browser.click(By.cssSelector("#opinionsForm\\:topics .ui-row-toggler"));
        browser.waitForText(By.id("opinionsForm:topics"), "lắp đèn đường");
        browser.click(By.id("progressForm:toggleTree"));
        browser.waitForText(By.id("progressForm:tree"), "Ấp Phát Động " + word);
        assertFalse(sideways(), "the page fits 1024 px");
        browser.screenshot("campaign");

        long campaign = officer.get(API + "/campaigns?directiveId=" + directive).structure().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject progress = officer.get(API + "/campaigns/" + campaign + "/progress?unit=" + hamlet).json();
        assertEquals(1, progress.getInt("targets"));
        assertEquals(1, progress.getInt("acknowledged"));
        assertEquals(1, progress.getInt("sessionsHeld"));
        assertEquals(1, progress.getInt("membersReached"));
        assertEquals(2, progress.getInt("members"));
        JsonObject session = officer.get(API + "/campaigns/" + campaign + "/sessions").structure().asJsonArray()
                .getJsonObject(0);
        assertEquals(2, session.getJsonArray("opinions").size());
        assertEquals("Môi trường", session.getJsonArray("opinions").getJsonObject(0).getString("topic"));

        // A second campaign of the document due tomorrow: the round reminds the branch, and its officer reads it.
        Api.Reply dueTomorrow = officer.post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "REGULAR_MEETING"}""".formatted(directive, summary, hamlet,
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1)));
        assertEquals(201, dueTomorrow.status(), dueTomorrow.body());
        assertEquals(200, admin().post(API + "/reminders/run", "").status());
        browser.go("directive/reminders.xhtml");
        browser.waitForText(By.id("remindersForm:reminders"), "Kế hoạch " + word);
        browser.waitForText(By.id("remindersForm:reminders"), "Sắp đến hạn");
        assertFalse(sideways(), "the reminders fit 1024 px");
        browser.screenshot("reminders");

        // A campaign of the whole province: the commune's officer sends the commune's report up from its page.
        long provincial = provincialCampaign(word);
        browser.go("directive/campaign.xhtml?id=" + provincial);
        browser.waitForText(By.id("reportsForm"), "Chưa gửi");
        browser.type(By.id("reportsForm:note"), "Các ấp đã tổ chức; đề nghị gửi thêm tờ rơi");
        browser.click(By.id("reportsForm:sendReport"));
        browser.waitForText(By.id("reportsForm"), "Đã gửi đúng hạn");
        browser.waitForText(By.id("reportsForm"), "đề nghị gửi thêm tờ rơi");
        assertFalse(sideways(), "the report fits 1024 px");
        browser.screenshot("campaign-report");
    }

    /** A campaign the province issues to all its women's branches, due in ten days; its id. */
    private long provincialCampaign(String word) throws SQLException {
        String province = (String) Sql.row("SELECT p.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id"
                + " WHERE c.code = ? AND c.valid_to IS NULL", COMMUNE)[0];
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long directive = admin().post(API + "/directives", """
                {"symbol": "%s-CT/TU", "issuer": "Tỉnh ủy", "type": "DIRECTIVE", "issuedOn": "%s", "title": "Chỉ thị %s"}"""
                .formatted(Deployments.unique(), today, word)).json().getJsonNumber("id").longValue();
        long summary = admin().post(API + "/directives/" + directive + "/summaries", "{\"text\": \"Điểm chính\"}").json()
                .getJsonNumber("id").longValue();
        admin().post(API + "/summaries/" + summary + "/submit", "");
        admin().post(API + "/summaries/" + summary + "/approve", "");
        Api.Reply issued = admin().post(API + "/campaigns", """
                {"directiveId": %d, "summaryId": %d, "unit": "%s", "organisations": ["HPN"], "deadline": "%s",
                 "form": "CONFERENCE"}""".formatted(directive, summary, province, today.plusDays(10)));
        assertEquals(201, issued.status(), issued.body());
        return issued.json().getJsonNumber("id").longValue();
    }

    private boolean sideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
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
