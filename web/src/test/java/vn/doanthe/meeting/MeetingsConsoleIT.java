package vn.doanthe.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Sql;

/**
 * A commune officer records a branch meeting in the console at 1024 px (a refusal keeps what was
 * typed), takes its roll call from the branch's members of the day — the one working away listed
 * apart — and reads the attendance; nothing scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeetingsConsoleIT extends BrowserTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneOfficerRecordsAMeetingAndTakesItsRollCall() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Họp " + word, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        String branchName = (String) Sql.row("SELECT name FROM org_unit WHERE id = ?", branch)[0];
        long an = registry.person("Nguyễn Thị " + word + " An", hamlet);
        long binh = registry.person("Trần Thị " + word + " Bình", hamlet);
        long chi = registry.person("Lê Thị " + word + " Chi", hamlet);
        long em = registry.person("Võ Thị " + word + " Em", hamlet);
        for (long person : List.of(an, binh, chi, em)) {
            registry.enrol(person, branch, "2015-01-01");
        }
        long emMembership = ((Number) Sql.row("SELECT id FROM membership WHERE person_id = ?", em)[0]).longValue();
        assertEquals(200, admin().post(API + "/memberships/" + emMembership + "/status", """
                {"status": "AWAY", "day": "%s", "awayPlace": "Đồng Nai", "awayContact": "0912 000 111"}"""
                .formatted(TODAY.minusDays(30))).status());

        // A commune cadre assigned to the branch this year: she is offered on the meeting's page.
        long chapter = admin().get(API + "/org-units?organisation=HPN&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long cadre = registry.person("Đặng Thị " + word + " Hạnh", hamlet);
        registry.hold(cadre, chapter, "HPN_UY_VIEN_XA", TODAY.minusYears(1), "ELECTED");
        assertEquals(201, admin().post(API + "/supervisions", """
                {"personId": %d, "orgUnitId": %d, "year": %d}""".formatted(cadre, branch, TODAY.getYear())).status());

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("meeting/meetings.xhtml");
        browser.choose("filterForm:unit", branchName);
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("listForm"), "Chưa ghi buổi sinh hoạt");
        assertTrue(browser.text(By.id("listForm:calendar")).contains("Quý " + ((TODAY.getMonthValue() + 2) / 3)
                + ": chưa họp"), "the branch opened today owes the current quarter: " + browser.text(By.id("listForm:calendar")));
        browser.click(By.id("listForm:new"));
        browser.type(By.id("meetingForm:place"), "Nhà văn hoá\u00a0ấp " + word);
        browser.type(By.id("meetingForm:agenda"), "Triển khai nghị quyết\nThu hội phí");
        // A day after today is refused beside its field; what was typed stays.
        retypeHeldOn(TODAY.plusDays(3));
        browser.click(By.id("meetingForm:save"));
        browser.waitForText(By.id("meetingForm"), "sau hôm nay");
        assertTrue(browser.find(By.id("meetingForm:place")).getAttribute("value").contains(word), "the place typed stays");
        assertFalse(sideways(), "the form fits 1024 px");
        retypeHeldOn(TODAY);
        browser.submit(By.id("meetingForm:save"));
        browser.waitForText(By.id("meetingOf"), branchName);
        assertTrue(browser.text(By.id("rollForm")).contains("Nhà văn hoá ấp " + word), "the no-break space tidied");
        assertEquals("3", browser.text(By.id("expected")));
        assertEquals("1", browser.text(By.id("away")));
        assertTrue(browser.text(By.id("rollForm:awayRoll")).contains("0912 000 111"), "the away member's contact");

        browser.click(By.id("rollForm:allPresent"));
        browser.waitForAjax();
        // Chi (third by given name: An, Bình, Chi) sends her apologies.
        browser.click(By.cssSelector("label[for='rollForm:roll:2:state:1']"));
        browser.submit(By.id("rollForm:saveRoll"));
        browser.waitForText(By.id("present"), "2");
        assertEquals("1", browser.text(By.id("excused")));
        assertEquals("0", browser.text(By.id("absent")));
        assertTrue(browser.text(By.id("rate")).startsWith("66"), browser.text(By.id("rate")));
        assertFalse(sideways(), "the meeting page fits 1024 px");
        assertEquals(List.of(an + "=PRESENT", binh + "=PRESENT", chi + "=EXCUSED"), Sql.column("""
                SELECT CONCAT(a.person_id, '=', a.state) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id
                 WHERE m.org_unit_id = ? ORDER BY a.person_id""", branch).stream().map(Object::toString).toList());

        // The cadre attended and said a word.
        browser.click(By.cssSelector("[id='supervisorsForm:supervisors:0:attended'] .ui-chkbox-box"));
        browser.type(By.id("supervisorsForm:supervisors:0:remark"), "Chi hội chuẩn bị chu đáo");
        browser.click(By.id("supervisorsForm:saveSupervisors"));
        browser.waitForText(By.id("supervisorsForm"), "Đã lưu cán bộ phụ trách");
        assertEquals(List.of(cadre + " Chi hội chuẩn bị chu đáo"), Sql.column("""
                SELECT CONCAT(s.person_id, ' ', s.remark) FROM meeting_supervisor s JOIN meeting m ON m.id = s.meeting_id
                 WHERE m.org_unit_id = ?""", branch).stream().map(Object::toString).toList());

        // The minutes: more votes than members present is refused beside the conclusions; then saved and adopted.
        browser.type(By.id("minutesForm:discussion"), "Chị An nêu ý kiến về vệ sinh môi trường.\nCả chi hội thống nhất.");
        browser.type(By.cssSelector("input[id$='conclusionText']"), "Tổng vệ sinh ấp vào Chủ nhật");
        retype(By.cssSelector("input[id$='votesFor_input']"), "5");
        browser.click(By.id("minutesForm:saveMinutes"));
        browser.waitForText(By.id("minutesForm"), "nhiều hơn số hội viên có mặt");
        retype(By.cssSelector("input[id$='votesFor_input']"), "2");
        browser.click(By.id("minutesForm:saveMinutes"));
        browser.waitForText(By.id("minutesForm"), "Đã lưu biên bản");
        assertFalse(sideways(), "the minutes fit 1024 px");
        browser.click(By.id("minutesForm:adopt"));
        browser.click(By.id("minutesForm:confirmYes"));
        browser.waitForText(By.id("minutesForm"), "Biên bản đã được thông qua");
        assertTrue(browser.driver().findElements(By.id("rollForm:saveRoll")).isEmpty(), "the roll call no longer changes");
        assertEquals(List.of("Tổng vệ sinh ấp vào Chủ nhật 2"), Sql.column("""
                SELECT CONCAT(c.text, ' ', c.votes_for) FROM meeting_conclusion c JOIN meeting m ON m.id = c.meeting_id
                 WHERE m.org_unit_id = ? AND m.adopted_at IS NOT NULL""", branch).stream().map(Object::toString).toList());

        browser.click(By.linkText("← Danh sách buổi sinh hoạt"));
        browser.waitForPage();
        assertTrue(browser.currentUrl().contains("meeting/meetings"), browser.currentUrl());
        // Back on the list, the branch left is shown again, with the meeting just recorded.
        browser.waitForText(By.id("listForm"), "Nhà văn hoá ấp " + word);
        assertEquals(branchName, browser.find(By.id("filterForm:unit_input")).getAttribute("value").split(" — ")[0]);

        // The commune's figures of the year, its hamlet a row that opens the hamlet's own.
        browser.click(By.id("filterForm:stats"));
        browser.waitForText(By.id("statsOf"), COMMUNE);
        assertFalse(sideways(), "the figures fit 1024 px");
        browser.click(By.linkText("Ấp Họp " + word));
        browser.waitForText(By.id("statsOf"), "Ấp Họp " + word);
        assertEquals("1", browser.text(By.id("branches")), "the women's branch of the hamlet");

        // The supervision page: the cadre is behind (one meeting of six); assigned to a second branch.
        long second = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        String secondName = (String) Sql.row("SELECT name FROM org_unit WHERE id = ?", second)[0];
        browser.go("meeting/supervision.xhtml");
        browser.choose("filterForm:unit", "Ấp Họp " + word);
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("listForm:report"), "Đặng Thị " + word + " Hạnh");
        assertTrue(browser.text(By.id("listForm:report")).contains("1 / 6"), browser.text(By.id("listForm:report")));
        assertTrue(browser.text(By.id("listForm:report")).contains("Chưa dự đủ"));
        browser.click(By.id("listForm:assign"));
        browser.click(By.id("assignForm:save"));
        browser.waitForText(By.id("assignForm"), "Vui lòng nhập thông tin này");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#assignForm .ui-message-error")).size(),
                "the cadre and the unit refused in one answer");
        browser.choose("assignForm:personId", "Đặng Thị " + word + " Hạnh");
        browser.choose("assignForm:orgUnitId", secondName);
        browser.click(By.id("assignForm:save"));
        browser.waitForText(By.id("listForm:report"), secondName);
        assertFalse(sideways(), "the supervision page fits 1024 px");
        assertEquals(6L, ((Number) Sql.row("SELECT required FROM supervision WHERE org_unit_id = ?", second)[0])
                .longValue(), "six a year for a commune post");
    }

    @Test
    void theBranchAssessesItsYearAndTheCommuneAppraisesIt() throws Exception {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamletName = "Ấp Xếp Hạng " + word;
        String hamlet = registry.hamlet(hamletName, COMMUNE);
        long branch = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet, "2015-01-01");
        String branchName = (String) Sql.row("SELECT name FROM org_unit WHERE id = ?", branch)[0];
        long an = registry.person("Nguyễn Thị " + word + " An", hamlet);
        registry.enrol(an, branch, "2015-01-01");
        int year = TODAY.getYear() - 1;
        long meeting = admin().post(API + "/meetings", """
                {"orgUnitId": %d, "type": "REGULAR", "heldOn": "%d-03-08"}""".formatted(branch, year)).json()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin().put(API + "/meetings/" + meeting + "/attendance",
                "[{\"personId\": %d, \"state\": \"PRESENT\"}]".formatted(an)).status());

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("meeting/classifications.xhtml");
        browser.choose("filterForm:unit", hamletName);
        retype(By.id("filterForm:year_input"), Integer.toString(year));
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("listForm"), branchName);
        assertTrue(browser.text(By.id("listForm:branches")).contains("1 / 4"), "one quarter of four met in");
        assertTrue(browser.text(By.id("listForm:branches")).contains("100"), "all present at it");
        assertFalse(sideways(), "the list fits 1024 px");

        // The branch's own grade: none chosen is refused beside the grade, then recorded.
        browser.click(By.id("listForm:branches:0:grade"));
        browser.waitForText(By.id("gradeForm"), branchName);
        browser.select("gradeForm:grade", "—");
        browser.type(By.id("gradeForm:note"), "Chi hội\u00a0đã cố gắng");
        browser.click(By.id("gradeForm:save"));
        browser.waitForText(By.id("gradeForm"), "Vui lòng nhập thông tin này");
        assertTrue(browser.find(By.id("gradeForm:note")).getAttribute("value").contains("cố gắng"), "the note typed stays");
        browser.select("gradeForm:grade", "Trung bình");
        browser.click(By.id("gradeForm:save"));
        browser.waitForText(By.id("listForm:branches"), "Tự đánh giá: Trung bình");

        // The commune appraises: the form opens on the next step.
        browser.click(By.id("listForm:branches:0:grade"));
        browser.waitForText(By.id("gradeForm:step_label"), "Thẩm định");
        browser.select("gradeForm:grade", "Yếu");
        browser.click(By.id("gradeForm:save"));
        browser.waitForText(By.id("listForm:branches"), "Thẩm định: Yếu");
        assertFalse(sideways(), "the list fits 1024 px");
        assertEquals(List.of("AVERAGE|Chi hội đã cố gắng|WEAK"), Sql.column("""
                SELECT CONCAT_WS('|', self_grade, self_note, appraised_grade) FROM branch_classification
                 WHERE org_unit_id = ?""", branch).stream().map(Object::toString).toList(),
                "the no-break space of the note tidied");
    }

    @Test
    void anAdministratorOfTheWholeInstallationChangesAScheduleAndTheCriteria() throws Exception {
        String rule = admin().get(API + "/meeting-rules?organisation=NCT").structure().asJsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().filter(r -> r.getString("unitType").equals("CHI_HOI"))
                .findFirst().orElseThrow().getJsonNumber("id").toString();
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        try {
            browser.signIn(Accounts.open(admin(), List.of("ADMIN"), null, List.of()), Accounts.PASSWORD);
            browser.go("meeting/rules.xhtml");
            browser.select("filterForm:organisation", "Hội Người cao tuổi");
            browser.waitForText(By.id("rulesForm:rules"), "(CHI_HOI)");
            assertFalse(sideways(), "the rules fit 1024 px");

            // Every mistake of the schedule at once, beside its field, what was typed kept.
            browser.click(By.id("rulesForm:rules:0:edit"));
            browser.waitForText(By.id("ruleForm"), "CHI_HOI");
            retype(By.id("ruleForm:fixedDay_input"), "31");
            retype(By.id("ruleForm:minAttendance_input"), "");
            browser.click(By.id("ruleForm:save"));
            browser.waitForText(By.id("ruleForm"), "Phải là số từ 1 đến 28");
            assertTrue(browser.text(By.id("ruleForm")).contains("Vui lòng nhập thông tin này"), browser.text(By.id("ruleForm")));
            assertEquals("31", browser.find(By.id("ruleForm:fixedDay_input")).getAttribute("value"));
            browser.select("ruleForm:cadence", "hằng tháng");
            retype(By.id("ruleForm:fixedDay_input"), "10");
            retype(By.id("ruleForm:minAttendance_input"), "62,5");
            browser.click(By.id("ruleForm:save"));
            browser.waitForText(By.id("rulesForm:rules"), "62,5 %");
            assertEquals(List.of("MONTHLY|10|0.6250"), Sql.column("SELECT CONCAT_WS('|', cadence, fixed_day, min_attendance)"
                    + " FROM meeting_rule WHERE id = ?", Long.parseLong(rule)).stream().map(Object::toString).toList());

            // The criteria: a better grade asking less and dues of nothing, both refused at once; then saved.
            browser.select("filterForm:organisation", "Hội Cựu chiến binh");
            browser.waitForText(By.id("criteriaOf"), "Hội Cựu chiến binh");
            browser.click(By.id("criteriaForm:editCriteria"));
            browser.waitForText(By.id("criteriaEditForm"), "Vững mạnh");
            retype(By.id("criteriaEditForm:duesPerMember_input"), "0");
            retype(By.id("criteriaEditForm:strong_attendance_input"), "80");
            retype(By.id("criteriaEditForm:good_attendance_input"), "90");
            browser.click(By.id("criteriaEditForm:save"));
            browser.waitForText(By.id("criteriaEditForm"), "Loại cao hơn không được đòi hỏi thấp hơn");
            assertTrue(browser.text(By.id("criteriaEditForm")).contains("lớn hơn 0"), browser.text(By.id("criteriaEditForm")));
            assertFalse(sideways(), "the criteria form fits 1024 px");
            retype(By.id("criteriaEditForm:duesPerMember_input"), "60000");
            retype(By.id("criteriaEditForm:good_attendance_input"), "70");
            browser.click(By.id("criteriaEditForm:save"));
            browser.waitForText(By.id("criteriaForm"), "60.000 đ");
            assertEquals(List.of("0.8000|0.7000|60000"), Sql.column("""
                    SELECT CONCAT_WS('|', c.strong_attendance, c.good_attendance, c.dues_per_member)
                      FROM classification_criteria c JOIN organisation o ON o.id = c.organisation_id
                     WHERE o.code = 'CCB' ORDER BY c.number DESC LIMIT 1""").stream().map(Object::toString).toList());
        } finally {
            assertEquals(200, admin().put(API + "/meeting-rules/" + rule,
                    "{\"cadence\": \"QUARTERLY\", \"minAttendance\": 0.5}").status(), "the elderly's rule restored");
        }
    }

    /** The form opens on today: the day is selected and typed over, as an officer does. */
    private void retypeHeldOn(LocalDate day) {
        retype(By.id("meetingForm:heldOn_input"), day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }

    /** What a field holds selected and typed over (a number field keeps its own formatting). */
    private void retype(By by, String text) {
        WebElement field = browser.find(by);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    private boolean sideways() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }
}
