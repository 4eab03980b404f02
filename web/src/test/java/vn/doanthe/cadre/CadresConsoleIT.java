package vn.doanthe.cadre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.Keys;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/**
 * A post from election to the end of the term, as a commune officer gives it in the console at
 * 1024 px: every mistake of the empty form at once, the person and the unit picked by name, the
 * post among those of the unit, the cadre listed with the post, the end recorded, and the branch
 * then shown as vacant in the succession report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CadresConsoleIT extends BrowserTest {

    private static final String API = "/doanthe/api/v1";
    private static final String COMMUNE = "29254";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aCommuneOfficerGivesAPostAndRecordsItsEnd() {
        String word = Deployments.uniqueLetters();
        Api.Reply hamlet = admin().post(API + "/territory/units", """
                {"name": "Ấp Bầu Cử %s", "level": "HAMLET", "type": "AP", "parentCode": "%s"}""".formatted(word, COMMUNE));
        assertEquals(201, hamlet.status(), hamlet.body());
        long chapter = admin().get(API + "/org-units?organisation=HND&adminUnit=" + COMMUNE + "&size=1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String unitName = "Chi hội Nông dân Bầu Cử " + word;
        Api.Reply unit = admin().post(API + "/org-units", """
                {"organisationCode": "HND", "type": "CHI_HOI", "parentId": %d, "adminUnitCode": "%s", "name": "%s"}"""
                .formatted(chapter, hamlet.json().getString("code"), unitName));
        assertEquals(201, unit.status(), unit.body());
        String fullName = "Quách Văn " + word;
        Api.Reply person = admin().post(API + "/persons", """
                {"fullName": "%s", "gender": "MALE", "birthDate": "1962-03-04", "hamletCode": "%s"}"""
                .formatted(fullName, hamlet.json().getString("code")));
        assertEquals(201, person.status(), person.body());
        long personId = person.json().getJsonNumber("id").longValue();

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("cadre/cadres.xhtml");
        browser.click(By.id("filterForm:openHolding"));
        browser.click(By.id("holdingForm:saveHolding"));
        browser.waitForText(By.id("holdingForm"), "Vui lòng nhập");
        assertEquals(4, browser.driver().findElements(By.cssSelector("#holdingForm .ui-message-error")).size(),
                "every mistake of the form at once: " + browser.text(By.id("holdingForm")));

        browser.choose("holdingForm:personId", "quach van " + word.toLowerCase());
        assertTrue(browser.find(By.id("holdingForm:personId_input")).getAttribute("value").startsWith(fullName),
                "the person is named in words");
        browser.choose("holdingForm:orgUnitId", "Bau Cu " + word);
        browser.select("holdingForm:post", "Chi hội trưởng Nông dân");
        browser.typeDate(By.id("holdingForm:from_input"), "15/01/2024", "holdingForm:from");
        browser.select("holdingForm:mode", "Bầu");
        browser.type(By.id("holdingForm:decision"), "NQ Đại hội chi hội nhiệm kỳ 2024–2026");
        browser.click(By.id("holdingForm:saveHolding"));
        browser.waitForText(By.id("messages"), "Đã ghi việc giữ chức vụ");

        browser.choose("filterForm:place", "Bau Cu " + word);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("listForm:cadres"), fullName);
        assertTrue(browser.text(By.id("listForm:cadres")).contains("Chi hội trưởng Nông dân — " + unitName));
        assertTrue(browser.text(By.id("listForm:cadres")).contains("hết nhiệm kỳ 14/07/2026"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("cadres");
        browser.click(By.id("filterForm:export"));
        assertTrue(browser.downloaded("can-bo.xlsx").toFile().length() > 0, "the list as a spreadsheet");

        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1);
        browser.click(By.xpath("//div[@id='listForm:cadres']//tr[contains(., '" + fullName + "')]//button[contains(@class, 'end')]"));
        browser.typeDate(By.id("endForm:on_input"), DAY.format(yesterday), "endForm:on");
        browser.type(By.id("endForm:reason"), "hết nhiệm kỳ, không tái cử");
        browser.click(By.id("endForm:confirmEnd"));
        browser.waitForText(By.id("messages"), "Đã ghi việc thôi giữ chức vụ");
        JsonObject holding = admin().get(API + "/post-holdings?personId=" + personId).structure().asJsonArray()
                .getJsonObject(0);
        assertEquals(yesterday.toString(), holding.getString("to"));
        assertEquals("NQ Đại hội chi hội nhiệm kỳ 2024–2026", holding.getString("decision"));

        browser.go("cadre/succession.xhtml");
        browser.choose("filterForm:unit", "Bau Cu " + word);
        browser.click(By.id("filterForm:report"));
        browser.waitForText(By.id("listForm"), unitName);
        assertTrue(browser.text(By.xpath("//tr[contains(., '" + unitName + "')]")).contains("Khuyết người đứng đầu"));
    }

    @Test
    void anOfficerFillsInACadresFileAndRecordsTheYearlyReview() {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Hồ Sơ " + word, COMMUNE);
        long unit = registry.newUnit("HPN", "CHI_HOI", COMMUNE, hamlet);
        String fullName = "Kiều Thị " + word;
        long person = registry.person(fullName, LocalDate.of(1986, 5, 20), hamlet);
        int lastYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;
        registry.hold(person, unit, "HPN_CHI_HOI_TRUONG", LocalDate.of(lastYear, 2, 1), "ELECTED");

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of("HPN")), Accounts.PASSWORD);
        browser.go("cadre/cadres.xhtml");
        browser.choose("filterForm:place", "Ho So " + word);
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("listForm:cadres"), fullName);
        browser.submit(By.xpath("//tr[contains(., '" + fullName + "')]//a[contains(@class, 'profile-link')]"));
        browser.waitForText(By.id("who"), fullName);
        assertTrue(browser.text(By.id("posts")).contains("Chi hội trưởng"), browser.text(By.id("posts")));

        browser.type(By.id("profileForm:professionalField"), "Sư phạm Ngữ văn");
        browser.type(By.id("profileForm:successorNote"), "Chủ tịch Hội xã");
        browser.click(By.id("profileForm:save"));
        browser.waitForText(By.id("profileForm"), "Chỉ ghi quy hoạch chức vụ");
        assertEquals(2, browser.driver().findElements(By.cssSelector("#profileForm .ui-message-error")).size(),
                "every mistake of the form at once: " + browser.text(By.id("profileForm")));

        browser.select("profileForm:professionalLevel", "Đại học");
        browser.select("profileForm:politicalTheory", "Trung cấp");
        browser.click(By.cssSelector("[id='profileForm:successor'] .ui-chkbox-box"));
        browser.click(By.id("profileForm:save"));
        browser.waitForText(By.id("profileForm"), "Đã ghi hồ sơ cán bộ");

        browser.find(By.id("ratingForm:year_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(lastYear));
        browser.select("ratingForm:level", "Hoàn thành tốt nhiệm vụ");
        browser.find(By.id("ratingForm:comment")).sendKeys("Gần dân.", Keys.ENTER, "Giữ được sinh hoạt đều.");
        browser.click(By.id("ratingForm:rate"));
        browser.waitForText(By.id("ratingForm:ratings"), "Hoàn thành tốt nhiệm vụ");
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("cadre-profile");

        JsonObject file = admin().get(API + "/cadres/" + person).json();
        assertEquals("UNIVERSITY", file.getString("professionalLevel"));
        assertEquals("Sư phạm Ngữ văn", file.getString("professionalField"));
        assertEquals("INTERMEDIATE", file.getString("politicalTheory"));
        assertTrue(file.getBoolean("successor"));
        assertEquals("Chủ tịch Hội xã", file.getString("successorNote"), "what was typed before the mistake is kept");
        JsonObject rating = file.getJsonArray("ratings").getJsonObject(0);
        assertEquals(lastYear, rating.getInt("year"));
        assertEquals("Gần dân.\nGiữ được sinh hoạt đều.", rating.getString("comment"));
    }

    @Test
    void theProvinceSetsARateAndACommuneDownloadsTheMonthsSheet() {
        String word = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamlet = registry.hamlet("Ấp Phụ Cấp " + word, COMMUNE);
        long unit = registry.newUnit("MTTQ", "BAN_CONG_TAC", COMMUNE, hamlet);
        String post = "MTTQ_HT_" + word.toUpperCase();
        String postName = "Ủy viên phụ trách " + word;
        Api.Reply added = admin().post(API + "/posts", """
                {"code": "%s", "name": "%s", "organisation": "MTTQ", "unitType": "BAN_CONG_TAC", "rank": "MEMBER"}"""
                .formatted(post, postName));
        assertEquals(201, added.status(), added.body());
        String fullName = "Vi Văn " + word;
        registry.hold(registry.person(fullName, LocalDate.of(1970, 2, 3), hamlet), unit, post, LocalDate.of(2024, 1, 1),
                "ELECTED");

        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("cadre/cadres.xhtml");
        browser.submit(By.id("filterForm:allowancesLink"));
        browser.click(By.id("ratesForm:openRate"));
        browser.click(By.id("rateForm:saveRate"));
        browser.waitForText(By.id("rateForm"), "Nhập hệ số");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#rateForm .ui-message-error")).size(),
                "every mistake of the form at once: " + browser.text(By.id("rateForm")));
        browser.select("rateForm:post", postName);
        browser.type(By.id("rateForm:amount_input"), "600000");
        browser.typeDate(By.id("rateForm:from_input"), "01/01/2024", "rateForm:from");
        browser.type(By.id("rateForm:decision"), "NQ 15/2023/NQ-HĐND");
        browser.click(By.id("rateForm:saveRate"));
        browser.waitForText(By.id("messages"), "Đã ghi mức phụ cấp, hỗ trợ");
        browser.waitForText(By.id("ratesForm:rates"), postName);

        browser.choose("sheetForm:unit", "Phu Cap " + word);
        browser.click(By.id("sheetForm:show"));
        browser.waitForText(By.id("sheetForm:rows"), fullName);
        assertTrue(browser.text(By.id("sheetForm:rows")).contains("600.000"), browser.text(By.id("sheetForm:rows")));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
        browser.screenshot("allowances");
        browser.click(By.id("sheetForm:download"));
        String month = java.time.YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertTrue(browser.downloaded("phu-cap-" + hamlet + "-" + month + ".xlsx").toFile().length() > 0);
    }

    @Test
    void theProvinceAddsAPostAndGivesItATerm() {
        String word = Deployments.uniqueLetters().toUpperCase();
        String name = "Ủy viên kiểm tra " + word;
        browser.driver().manage().window().setSize(new Dimension(1024, 768));
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("cadre/cadres.xhtml");
        browser.submit(By.id("filterForm:postTypesLink"));
        browser.select("filterForm:organisation", "Hội Nông dân");
        browser.waitForText(By.id("listForm:posts"), "Chi hội trưởng Nông dân");
        browser.click(By.id("filterForm:openPost"));
        browser.type(By.id("postForm:code"), "mã sai");
        browser.click(By.id("postForm:savePost"));
        browser.waitForText(By.id("postForm"), "Vui lòng nhập");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#postForm .ui-message-error")).size(),
                "the code, the unit type and the name at once: " + browser.text(By.id("postForm")));
        browser.select("postForm:unitType", "Chi hội Nông dân");
        browser.type(By.id("postForm:code"), "HND_KT_" + word);
        browser.type(By.id("postForm:name"), name);
        browser.click(By.id("postForm:savePost"));
        browser.waitForText(By.id("messages"), "Đã ghi chức vụ");
        browser.waitForText(By.id("listForm:posts"), name);

        browser.click(By.xpath("//tr[contains(., '" + name + "')]//button[contains(@class, 'change')]"));
        browser.type(By.id("postForm:termMonths_input"), "30");
        browser.click(By.id("postForm:savePost"));
        browser.waitForText(By.xpath("//tr[contains(., '" + name + "')]"), "30 tháng");
        JsonObject post = admin().get(API + "/posts?organisation=HND").structure().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals("HND_KT_" + word))
                .findFirst().orElseThrow();
        assertEquals(30, post.getInt("termMonths"));
        Object sideways = ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertEquals(Boolean.FALSE, sideways, "the page fits 1024 px");
    }
}
