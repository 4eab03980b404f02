package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Api;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;
import vn.doanthe.testing.Serials;

/** The member registry in a real browser: register a person, enrol her, change her status, find her unaccented. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MembersConsoleIT extends AdminBrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aPersonRegisteredEnrolledAndWorkingAwayIsFoundByHerUnaccentedName() {
        String given = "X" + Deployments.unique();
        String fullName = "Trương Thị Ngọc " + given;

        browser.go("member/person.xhtml");
        browser.type(By.id("personForm:fullName"), fullName);
        browser.click(By.xpath("//*[@id='personForm:gender']//label[text()='Nữ']"));
        // An impossible day is refused beside the field, not read as 28/02/1990; what was typed stays.
        browser.typeDate(By.id("personForm:birthDate_input"), "31/02/1990", "personForm:birthDate");
        browser.click(By.id("personForm:save"));
        browser.waitForText(By.id("personForm"), "\"31/02/1990\" không có thật");
        assertEquals(fullName, browser.find(By.id("personForm:fullName")).getAttribute("value"));
        assertFalse(browser.currentUrl().contains("?id="), "nothing registered");
        browser.typeDate(By.id("personForm:birthDate_input"), "17/05/1990", "personForm:birthDate");
        browser.choose("personForm:hamletCode", "29254.01");
        browser.type(By.id("personForm:phone"), "0912" + String.format("%06d", Math.abs(given.hashCode()) % 1_000_000));
        browser.click(By.id("personForm:save"));
        browser.waitForText(By.id("messages"), fullName);
        assertTrue(browser.currentUrl().contains("member/person.xhtml?id="), browser.currentUrl());

        browser.click(By.id("membershipsForm:openEnrol"));
        browser.choose("membershipForm:orgUnitId", "phu nu");
        browser.typeDate(By.id("membershipForm:joinedOn_input"), "08/03/2012", "membershipForm:joinedOn");
        browser.click(By.id("membershipForm:saveEnrol"));
        browser.waitForText(By.id("membershipsForm:memberships"), "Hội Phụ nữ");

        // The dialog opens on the current status; working away asks where and how to reach her.
        browser.click(By.xpath("//div[@id='membershipsForm:memberships']//button[contains(., 'Đổi tình trạng')]"));
        browser.waitForText(By.id("statusForm:status_label"), "Đang sinh hoạt");
        assertTrue(browser.driver().findElements(By.id("statusForm:awayPlace")).isEmpty(), "no place for an active member");
        browser.select("statusForm:status", "Đi làm ăn xa");
        browser.type(By.id("statusForm:awayPlace"), "KCN Tân Tạo, TP. Hồ Chí Minh");
        browser.click(By.id("statusForm:saveStatus"));
        browser.waitForText(By.id("statusForm"), "Vui lòng nhập thông tin này");
        assertEquals("KCN Tân Tạo, TP. Hồ Chí Minh", browser.find(By.id("statusForm:awayPlace")).getAttribute("value"));
        browser.type(By.id("statusForm:awayContact"), "0912 000 111 (chị gái)");
        browser.click(By.id("statusForm:saveStatus"));
        browser.waitForText(By.id("membershipsForm:memberships"), "Đi làm ăn xa");
        assertTrue(browser.text(By.id("membershipsForm:memberships")).contains("0912 000 111 (chị gái)"),
                "the contact on the person's page");
        // Opened again on the status she has: the contact corrected, no new period.
        browser.click(By.xpath("//div[@id='membershipsForm:memberships']//button[contains(., 'Đổi tình trạng')]"));
        browser.waitForText(By.id("statusForm:status_label"), "Đi làm ăn xa");
        assertEquals("0912 000 111 (chị gái)", browser.find(By.id("statusForm:awayContact")).getAttribute("value"));
        browser.type(By.id("statusForm:awayContact"), "0912 000 222");
        browser.click(By.id("statusForm:saveStatus"));
        browser.waitForText(By.id("membershipsForm:memberships"), "0912 000 222");
        browser.screenshot("person");

        browser.go("member/persons.xhtml");
        browser.type(By.id("searchForm:text"), given.toLowerCase(Locale.ROOT) + " truong ngoc");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:persons"), fullName);
        browser.screenshot("members");
    }

    /**
     * A Youth Union branch rates its members for the year at 1024 px: the branch picked by name,
     * a decision refused beside its field before the self-assessment, then given, and the member
     * listed among the outstanding; a member of one month is shown as not rated yet.
     */
    @Test
    void aBranchRatesAMemberAndTheMemberIsListedAsOutstanding() {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Thi Đua " + word, "29254");
        long branch = registry.newUnit("DTN", "CHI_DOAN", "29254", hamlet);
        String branchName = admin().get("/doanthe/api/v1/org-units/" + branch).json().getString("name");
        String an = "Lý Văn " + word;
        String binh = "Lý Thị Bình " + word.toLowerCase(Locale.ROOT).replace('q', 'x');
        registry.enrol(registry.person(an, java.time.LocalDate.of(2001, 1, 1), hamlet), branch, "2020-01-01");
        registry.enrol(registry.person(binh, java.time.LocalDate.of(2003, 1, 1), hamlet), branch,
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString());

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.go("member/ratings.xhtml");
        browser.choose("filterForm:unit", branchName);
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("listForm:roll"), an);
        assertTrue(browser.text(By.xpath("//tr[contains(., '" + binh + "')]")).contains("Chưa đủ 6 tháng"),
                "a member of one month is not rated yet");

        browser.click(By.xpath("//tr[contains(., '" + an + "')]//button[contains(., 'Ghi')]"));
        browser.waitForText(By.id("ratingForm"), an);
        browser.select("ratingForm:level", "Hoàn thành xuất sắc nhiệm vụ");
        browser.type(By.id("ratingForm:comment"), "Gương mẫu,\u00a0đi đầu trong phong trào");
        browser.click(By.id("ratingForm:save"));
        browser.waitForText(By.id("ratingForm"), "Cần ghi mức tự đánh giá");
        assertEquals("Gương mẫu,\u00a0đi đầu trong phong trào",
                browser.find(By.id("ratingForm:comment")).getAttribute("value"), "the form keeps what was typed");
        browser.select("ratingForm:selfLevel", "Hoàn thành tốt nhiệm vụ");
        browser.click(By.id("ratingForm:save"));
        browser.waitForText(By.id("messages"), "Đã ghi đánh giá của " + an);
        browser.waitForText(By.id("summaryForm:outstanding"), an);
        assertTrue(browser.text(By.xpath("//tr[contains(., '" + an + "')]")).contains("Hoàn thành xuất sắc nhiệm vụ"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("member-ratings");
    }

    /**
     * 45 persons (three of each name) paged 20 at a time: next, next (the last page), previous,
     * first and last show exactly the rows the numbered pages of the API show, in the same order.
     */
    @Test
    void pagingForwardAndBackShowsTheRowsOfTheNumberedPages() {
        String token = "Q" + Deployments.unique();
        String[] given = {"An", "Ánh", "Bảo", "Bình", "Chi", "Cường", "Dũng", "Đào", "Hà", "Hạ", "Lan", "Mai", "Nga", "Oanh", "Yến"};
        for (int i = 0; i < 45; i++) {
            Api.Reply created = admin().post("/doanthe/api/v1/persons", Json.createObjectBuilder()
                    .add("fullName", (i % 2 == 0 ? "Đặng " : "Vũ ") + token + " " + given[i % given.length])
                    .add("gender", "FEMALE").add("birthDate", "1995-02-03").add("hamletCode", "29254.02").build().toString());
            assertEquals(201, created.status(), created.body());
        }
        List<List<String>> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            pages.add(admin().get("/doanthe/api/v1/persons?size=20&page=" + page + "&q=" + token.toLowerCase(Locale.ROOT))
                    .json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(p -> p.getJsonNumber("id").toString()).toList());
        }
        assertEquals(List.of(20, 20, 5), pages.stream().map(List::size).toList());

        browser.go("member/persons.xhtml");
        browser.type(By.id("searchForm:text"), token.toLowerCase(Locale.ROOT));
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:persons"), "1–20 / 45");
        assertEquals(pages.get(0), shownIds(), "first page");
        page(".ui-paginator-next", "21–40 / 45");
        assertEquals(pages.get(1), shownIds(), "next page: after the last row shown");
        page(".ui-paginator-next", "41–45 / 45");
        assertEquals(pages.get(2), shownIds(), "the last page, after the last row shown");
        page(".ui-paginator-prev", "21–40 / 45");
        assertEquals(pages.get(1), shownIds(), "previous page: before the first row shown");
        page(".ui-paginator-first", "1–20 / 45");
        assertEquals(pages.get(0), shownIds(), "first page again");
        page(".ui-paginator-last", "41–45 / 45");
        assertEquals(pages.get(2), shownIds(), "last page from the end of the list");
        page(".ui-paginator-prev", "21–40 / 45");
        assertEquals(pages.get(1), shownIds(), "previous page from the last");

        // Item 6: a person opened from the second page, then back to the list: the search and the page as left.
        browser.click(By.cssSelector("#listForm\\:persons tbody a"));
        browser.waitForUrl("person.xhtml?id=" + pages.get(1).get(0));
        String crumbs = browser.text(By.id("crumbs")).replaceAll("\\s*›\\s*", " › ");
        assertTrue(crumbs.startsWith("Trang chủ › Đoàn viên, hội viên › "), crumbs);
        browser.click(By.xpath("//a[normalize-space()='Về danh sách'] | //button[normalize-space()='Về danh sách']"));
        browser.waitForText(By.id("listForm:persons"), "21–40 / 45");
        assertEquals(token.toLowerCase(Locale.ROOT), browser.find(By.id("searchForm:text")).getAttribute("value"));
        assertEquals(pages.get(1), shownIds(), "the page left");
        browser.click(By.cssSelector("#listForm\\:persons tbody a"));
        browser.waitForUrl("person.xhtml?id=" + pages.get(1).get(0));
        browser.click(By.xpath("//nav[@id='crumbs']//a[normalize-space()='Đoàn viên, hội viên']"));
        browser.waitForText(By.id("listForm:persons"), "21–40 / 45");
    }

    private void page(String link, String report) {
        browser.click(By.cssSelector("#listForm\\:persons " + link));
        browser.waitForText(By.id("listForm:persons"), report);
    }

    /** The ids of the persons the table shows, in its order (from each row's link). */
    private List<String> shownIds() {
        return browser.driver().findElements(By.cssSelector("#listForm\\:persons tbody a")).stream()
                .map(a -> a.getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1")).toList();
    }

    @Test
    void theListIsFilteredByGenderAndAnUpsideDownAgeRangeIsExplainedNextToTheField() {
        String token = "G" + Deployments.unique();
        for (String gender : List.of("MALE", "FEMALE")) {
            assertEquals(201, admin().post("/doanthe/api/v1/persons", Json.createObjectBuilder()
                    .add("fullName", "Kim " + token + (gender.equals("MALE") ? " Nam" : " Nữ")).add("gender", gender)
                    .add("birthDate", "1980-02-03").add("hamletCode", "29254.01").build().toString()).status());
        }
        browser.go("member/persons.xhtml");
        browser.type(By.id("searchForm:text"), token.toLowerCase(Locale.ROOT));
        browser.select("searchForm:gender", "Nữ");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:persons"), "1–1 / 1");
        assertTrue(browser.text(By.id("listForm:persons")).contains("Kim " + token + " Nữ"));

        browser.type(By.id("searchForm:ageFrom"), "40");
        browser.type(By.id("searchForm:ageTo"), "30");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("searchForm"), "phải lớn hơn hoặc bằng");
    }

    @Test
    void everyMistakeOfThePersonFormIsShownBesideItsFieldInOneAnswerAndNothingTypedIsLost() {
        everyMistakeOfThePersonForm("Ngày sinh không được sau ngày hôm nay", "Số CCCD gồm đúng 12 chữ số",
                "Số điện thoại bắt đầu bằng 0");
    }

    @Test
    void everyMistakeOfThePersonFormIsShownInEnglishToo() {
        browser.go("member/person.xhtml");
        browser.submit(By.id("topbarForm:langEn"));
        try {
            everyMistakeOfThePersonForm("The birth date cannot be after today", "A citizen ID (CCCD) has exactly 12 digits",
                    "A phone number starts with 0");
        } finally {
            browser.go("member/person.xhtml");
            browser.submit(By.id("topbarForm:langVi"));
        }
    }

    /** The enrolment dialog: no unit and a day in the future are said beside both fields in one answer. */
    @Test
    void everyMistakeOfTheEnrolmentIsShownAtOnce() {
        long person = new vn.doanthe.testing.Registry(admin()).person("Lò Thị Kết Nạp " + Deployments.uniqueLetters(),
                "29254.02");
        browser.go("member/person.xhtml?id=" + person);
        browser.click(By.id("membershipsForm:openEnrol"));
        browser.typeDate(By.id("membershipForm:joinedOn_input"), "01/01/2099", "membershipForm:joinedOn");
        browser.click(By.id("membershipForm:saveEnrol"));
        browser.waitForText(By.id("membershipForm"), "Vui lòng nhập thông tin này.");
        for (String field : List.of("orgUnitId", "joinedOn")) {
            assertFalse(browser.find(By.id("membershipForm:" + field)).findElements(By.xpath(
                    "ancestor::div[contains(@class, 'field')][1]//*[contains(@class, 'ui-message-error')]")).isEmpty(),
                    "a message beside " + field + ": " + browser.text(By.id("membershipForm")));
        }
        assertEquals("01/01/2099", browser.find(By.id("membershipForm:joinedOn_input")).getAttribute("value"));
    }

    private void everyMistakeOfThePersonForm(String birthInFuture, String nationalIdFormat, String phoneFormat) {
        browser.go("member/person.xhtml");
        // A name of spaces only, no gender, a birth day after today, a CCCD and a phone too short, no hamlet.
        browser.type(By.id("personForm:fullName"), "   ");
        browser.typeDate(By.id("personForm:birthDate_input"), "01/01/2099", "personForm:birthDate");
        browser.type(By.id("personForm:nationalId"), "0841");
        browser.type(By.id("personForm:phone"), "0912 34");
        browser.type(By.id("personForm:address"), "Tổ 3,\u00a0ấp Bến Giá");
        browser.click(By.id("personForm:save"));
        browser.waitForText(By.id("personForm"), birthInFuture);
        for (String field : List.of("fullName", "gender", "birthDate", "nationalId", "phone", "hamletCode")) {
            assertFalse(browser.find(By.id("personForm:" + field)).findElements(By.xpath(
                    "ancestor::div[contains(@class, 'field')][1]//*[contains(@class, 'ui-message-error')]")).isEmpty(),
                    "a message beside " + field);
        }
        String form = browser.text(By.id("personForm"));
        assertTrue(form.contains(nationalIdFormat) && form.contains(phoneFormat), form);
        assertEquals(6, browser.driver().findElements(By.cssSelector("#personForm .ui-message-error")).size(), form);
        assertEquals("Tổ 3,\u00a0ấp Bến Giá", browser.find(By.id("personForm:address")).getAttribute("value"),
                "what was typed stays");
        assertEquals("01/01/2099", browser.find(By.id("personForm:birthDate_input")).getAttribute("value"));
        assertTrue(browser.currentUrl().endsWith("member/person.xhtml"), browser.currentUrl());
    }

    @Test
    void anInconsistentCitizenIdIsExplainedNextToTheField() {
        browser.go("member/person.xhtml");
        browser.type(By.id("personForm:fullName"), "Lý Văn Sai");
        browser.click(By.xpath("//*[@id='personForm:gender']//label[text()='Nam']"));
        browser.typeDate(By.id("personForm:birthDate_input"), "01/01/1990", "personForm:birthDate");
        browser.choose("personForm:hamletCode", "29254.01");
        browser.type(By.id("personForm:nationalId"), "084190123456");
        browser.click(By.id("personForm:save"));
        browser.waitForText(By.id("personForm"), "không khớp với giới tính");
        assertTrue(browser.currentUrl().endsWith("member/person.xhtml"), browser.currentUrl());
    }

    @Test
    void aPersonPageForARecordThatDoesNotExistAnswers404WithThePageThatSaysSo() {
        assertEquals(404, browser.status("member/person.xhtml?id=999999999"));
        browser.go("member/person.xhtml?id=999999999");
        assertFalse(browser.text(By.id("errorText")).isBlank());
        assertEquals(200, browser.status("member/person.xhtml"), "the empty form still opens");
    }

    @Test
    void aNameThatLooksLikeMarkupIsShownAsTextAndRunsNothing() {
        String given = "Y" + Deployments.unique();
        String fullName = "<script>alert(1)</script> <b>Lò</b> Thị " + given;
        Api.Reply created = admin().post("/doanthe/api/v1/persons", Json.createObjectBuilder()
                .add("fullName", fullName).add("gender", "FEMALE").add("birthDate", "1995-02-03")
                .add("hamletCode", "29254.01").build().toString());
        assertEquals(201, created.status(), created.body());

        browser.go("member/person.xhtml?id=" + created.json().getJsonNumber("id").longValue());
        browser.waitForText(By.tagName("h1"), fullName);
        browser.go("member/persons.xhtml");
        browser.type(By.id("searchForm:text"), given);
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:persons"), fullName);
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(browser.driver().findElements(By.cssSelector("#listForm\\:persons b")).isEmpty(),
                "the typed <b> is text, not an element");
    }

    @Test
    void personalDataIsMaskedUntilRevealedWithAReasonAndSavingWithoutRevealingKeepsIt() {
        String nationalId = NationalId.compose("86", Gender.FEMALE, 1988, Serials.next());
        String given = "Z" + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/persons", Json.createObjectBuilder()
                .add("fullName", "Phan Thị " + given).add("gender", "FEMALE").add("birthDate", "1988-04-04")
                .add("nationalId", nationalId).add("phone", "0987654321").add("hamletCode", "29254.01").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        browser.go("member/person.xhtml?id=" + id);
        String masked = nationalId.substring(0, 4) + "••••" + nationalId.substring(8);
        assertEquals(masked, browser.find(By.id("personForm:nationalId")).getAttribute("value"));
        browser.type(By.id("personForm:occupation"), "Thợ may");
        browser.click(By.id("personForm:save"));
        browser.waitForText(By.id("messages"), given);

        browser.click(By.id("personForm:reveal"));
        browser.click(By.id("revealForm:confirmReveal"));
        browser.waitForText(By.id("revealForm"), "Vui lòng ghi lý do");
        browser.type(By.id("revealForm:reason"), "đối chiếu hồ sơ kết nạp");
        browser.click(By.id("revealForm:confirmReveal"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                nationalId.equals(browser.find(By.id("personForm:nationalId")).getAttribute("value")));
        assertEquals("0987654321", browser.find(By.id("personForm:phone")).getAttribute("value"));
        assertEquals("Thợ may", browser.find(By.id("personForm:occupation")).getAttribute("value"),
                "saved before the reveal, the masked values kept what was stored");
    }
}
