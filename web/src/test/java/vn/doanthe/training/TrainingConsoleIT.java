package vn.doanthe.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.math.BigDecimal;
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

/**
 * A course from its registration to a trainee's certificate, as a commune officer keeps it in the
 * console at 1024 px: every mistake of the empty form at once, the organiser picked by name, the
 * target post among the organisation's, the cadre enrolled by name, and the score typed with a
 * decimal comma.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingConsoleIT extends BrowserTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneOfficerRunsACourseFromRegistrationToCertificate() throws IOException {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamletCode = registry.hamlet("Ấp Lớp Học " + word, COMMUNE);
        long chapter = admin().get(API + "/org-units?organisation=HPN&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply unit = admin().post(API + "/org-units", """
                {"organisationCode": "HPN", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "%s",
                 "name": "Chi hội Phụ nữ Lớp Học %s"}""".formatted(chapter, hamletCode, word));
        assertEquals(201, unit.status(), unit.body());
        String fullName = "Kiều Thị " + word;
        long person = registry.person(fullName, LocalDate.of(1975, 5, 6), hamletCode);
        registry.hold(person, unit.json().getJsonNumber("id").longValue(), "HPN_CHI_HOI_TRUONG",
                LocalDate.of(2022, 1, 1), "ELECTED");

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("training/courses.xhtml");
        String planTitle = "Kế hoạch bồi dưỡng cán bộ chi hội " + word;
        browser.click(By.id("plansForm:openPlan"));
        browser.click(By.id("planForm:savePlan"));
        browser.waitForText(By.id("planForm"), "Vui lòng nhập");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#planForm .ui-message-error")).size(),
                "every mistake of the form at once: " + browser.text(By.id("planForm")));
        browser.choose("planForm:organiserUnitId", "Lop Hoc " + word);
        browser.type(By.id("planForm:title"), planTitle);
        browser.type(By.id("planForm:plannedTrainees_input"), "12");
        browser.click(By.id("planForm:savePlan"));
        browser.waitForText(By.id("messages"), "Đã ghi kế hoạch");
        browser.waitForText(By.id("plansForm:plans"), planTitle);

        browser.click(By.id("filterForm:openCourse"));
        browser.click(By.id("courseForm:saveCourse"));
        browser.waitForText(By.id("courseForm"), "Vui lòng nhập");
        assertEquals(4, browser.driver().findElements(By.cssSelector("#courseForm .ui-message-error")).size(),
                "every mistake of the form at once: " + browser.text(By.id("courseForm")));

        String title = "Bồi dưỡng chi hội trưởng " + word;
        browser.type(By.id("courseForm:title"), title);
        browser.choose("courseForm:organiserUnitId", "Lop Hoc " + word);
        browser.waitForAjax();
        browser.click(By.id("courseForm:targetPosts"));
        browser.click(By.xpath("//div[@id='courseForm:targetPosts_panel']//li[contains(., 'Chi hội trưởng Phụ nữ')]"
                + "//div[contains(@class, 'ui-chkbox-box')]"));
        browser.click(By.id("courseForm:title"));
        String today = DAY.format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        browser.typeDate(By.id("courseForm:from_input"), today, "courseForm:from");
        browser.typeDate(By.id("courseForm:to_input"), today, "courseForm:to");
        browser.select("courseForm:planId", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() + ": " + planTitle);
        browser.type(By.id("courseForm:topics"), "Kỹ năng tổ chức sinh hoạt chi hội\nNghị quyết Đại hội Phụ nữ");
        browser.type(By.id("courseForm:electiveTopics"), "Chuyển đổi số trong công tác hội");
        browser.click(By.id("courseForm:saveCourse"));
        browser.waitForText(By.id("messages"), "Đã ghi lớp tập huấn");
        browser.waitForText(By.id("listForm:courses"), title);
        assertTrue(browser.text(By.id("listForm:courses")).contains("Chuyển đổi số trong công tác hội (tự chọn)"));
        assertTrue(browser.text(By.id("listForm:courses")).contains("Kế hoạch: " + planTitle));
        assertTrue(browser.text(By.id("plansForm:plans")).contains("Hoàn thành: 0 / 12"), browser.text(By.id("plansForm:plans")));

        browser.click(By.xpath("//div[@id='listForm:courses']//a[contains(., '" + title + "')]"));
        browser.waitForText(By.id("traineesForm"), "Lớp chưa có học viên");
        browser.click(By.id("traineesForm:openEnrol"));
        browser.choose("enrolForm:personId", "kieu thi " + word.toLowerCase());
        browser.click(By.id("enrolForm:saveEnrol"));
        browser.waitForText(By.id("messages"), "Đã ghi danh học viên");
        browser.waitForText(By.id("traineesForm:trainees"), fullName);

        browser.click(By.xpath("//div[@id='traineesForm:trainees']//tr[contains(., '" + fullName + "')]"
                + "//button[contains(@class, 'result')]"));
        browser.type(By.id("resultForm:score"), "8,5");
        browser.type(By.id("resultForm:reflection"), "Về tổ chức sinh hoạt chuyên đề cho chi hội.");
        browser.click(By.id("resultForm:saveResult"));
        browser.waitForText(By.id("messages"), "Đã ghi kết quả học tập");
        browser.waitForText(By.id("traineesForm:trainees"), "Điểm 8,5");
        assertTrue(browser.text(By.id("traineesForm:trainees")).contains("Hoàn thành khóa học"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("courses");

        JsonObject enrolment = admin().get(API + "/enrolments?personId=" + person).structure().asJsonArray()
                .getJsonObject(0);
        browser.click(By.xpath("//div[@id='traineesForm:trainees']//tr[contains(., '" + fullName + "')]"
                + "//button[contains(@class, 'certificate')]"));
        java.nio.file.Path certificate = browser.downloaded("giay-chung-nhan-" + enrolment.getJsonNumber("id") + ".pdf");
        String words = new PdfTextExtractor(new PdfReader(Files.readAllBytes(certificate))).getTextFromPage(1);
        assertTrue(words.contains(fullName) && words.contains(title), words);
        assertEquals(0, new BigDecimal("8.5").compareTo(enrolment.getJsonNumber("score").bigDecimalValue()));
        assertTrue(enrolment.getBoolean("completed"));
        assertEquals(title, enrolment.getString("courseTitle"));

        browser.click(By.id("traineesForm:exportTrainees"));
        assertTrue(browser.downloaded("hoc-vien-lop-" + enrolment.getJsonNumber("courseId") + ".xlsx").toFile().length() > 0);

        browser.submit(By.id("traineesForm:effectLink"));
        browser.waitForText(By.id("course"), title);
        assertTrue(browser.text(By.id("branches")).contains("Đã tập huấn"), "the head's branch is on the trained side");
        Object effectWide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, effectWide, "the effect page fits 1024 px");
        browser.screenshot("training-effect");
        browser.driver().navigate().back();
        browser.waitForPage();

        browser.submit(By.id("filterForm:coverageLink"));
        browser.choose("filterForm:unit", "Lop Hoc " + word);
        browser.select("filterForm:organisation", "Hội Phụ nữ");
        browser.select("filterForm:post", "Chi hội trưởng Phụ nữ");
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("ratio"), "100,0 %");
        assertEquals("1", browser.text(By.id("target")), "the branch head is the post's one holder there");
        assertEquals("1", browser.text(By.id("trained")));
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, wide, "the coverage page fits 1024 px");
    }
}
