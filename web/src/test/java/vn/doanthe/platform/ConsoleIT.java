package vn.doanthe.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/** The console in a real browser: signing in, the language, finding units, opening an organisation unit, an expired session. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }


    @Test
    void aWrongPasswordIsToldInVietnameseAndLeavesTheUserOnTheLoginPage() {
        browser.signIn(Deployments.ADMIN, "not-the-password");
        assertTrue(browser.currentUrl().contains("login.xhtml"), browser.currentUrl());
        assertTrue(browser.text(By.id("loginForm")).contains("Tên đăng nhập hoặc mật khẩu không đúng"));
    }

    @Test
    void signingInOpensTheHomePageWithTheRegisterFigures() {
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        assertTrue(browser.currentUrl().contains("index.xhtml"), browser.currentUrl());
        assertEquals("34", browser.text(By.id("countProvinces")));
        assertEquals("3.321", browser.text(By.id("countCommunes")));
        assertTrue(browser.text(By.id("content")).contains("Hội Phụ nữ"));
        browser.screenshot("home");
    }

    @Test
    void theHomePageSaysWhatWaitsInTheOfficersCommuneInBothLanguages() {
        String commune = "29254";
        Registry registry = new Registry(admin());
        // A Youth Union branch that has never met: every month of this year gone by is missing.
        registry.newUnit("DTN", "CHI_DOAN", commune, registry.hamlet("Ấp Chờ Việc " + Deployments.uniqueLetters(), commune),
                "2015-01-01");
        JsonObject members = admin().get("/doanthe/api/v1/stats/members?unit=" + commune).json();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonObject meetings = admin().get("/doanthe/api/v1/stats/meetings?unit=" + commune + "&year=" + year).json();
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), commune, List.of()), Accounts.PASSWORD);
        browser.waitForText(By.id("waitingForm:waiting"), "Việc đang chờ");
        assertEquals(number(members.getJsonNumber("persons").longValue()), browser.text(By.id("persons")));
        assertEquals(number(members.getJsonNumber("memberships").longValue()), browser.text(By.id("memberships")));
        assertEquals(number(meetings.getJsonNumber("missing").longValue()), browser.text(By.id("meetings")),
                "the periods the commune's branches missed this year, as the meeting statistics count them");
        String waiting = browser.text(By.id("waitingForm:waiting"));
        assertTrue(waiting.contains("Chuyển sinh hoạt chờ đơn vị bạn quyết định") && waiting.contains("so với một tháng trước"),
                waiting);
        By resolve = By.id("open-meetings");
        if (meetings.getJsonNumber("missing").longValue() > 0) { // every month but January
            browser.click(resolve);
            browser.waitForUrl("meeting/stats.xhtml?unit=" + commune);
        } else {
            assertTrue(browser.driver().findElements(resolve).isEmpty(), "nothing missing, nothing to resolve");
        }
        browser.go("index.xhtml");
        browser.submit(By.id("topbarForm:langEn"));
        try {
            browser.waitForText(By.id("waitingForm:waiting"), "Waiting for you");
            assertTrue(browser.text(By.id("waitingForm:waiting")).contains("Transfers waiting for your unit's decision"));
        } finally {
            browser.submit(By.id("topbarForm:langVi"));
        }
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(value);
    }

    @Test
    void anUnaccentedSearchFindsTheUnitAndShowsItsHistory() {
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("territory/units.xhtml");
        browser.type(By.id("searchForm:query"), "dak lak");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("resultsForm:resultTable"), "Đắk Lắk");
        browser.click(By.xpath("//div[@id='resultsForm:resultTable']//a[contains(., 'Đắk Lắk')]"));
        browser.waitForText(By.id("unitCode"), "66");
        assertTrue(browser.text(By.id("predecessors")).contains("Phú Yên"), browser.text(By.id("detail")));
        browser.screenshot("territory-search");
    }

    @Test
    void aHamletAddedUnderACommuneIsFoundByItsUnaccentedName() {
        String suffix = Deployments.unique();
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("territory/units.xhtml");
        browser.type(By.id("searchForm:query"), "29254");
        browser.click(By.id("searchForm:search"));
        browser.click(By.xpath("//div[@id='resultsForm:resultTable']//a[contains(., 'Nguyệt Hoá')]"));
        browser.waitForText(By.id("unitCode"), "29254");
        browser.click(By.id("openAddHamlet"));
        // A name of spaces and a code with a space in it: both said at once, the code kept as typed.
        browser.type(By.id("hamletForm:name"), "   ");
        browser.type(By.id("hamletForm:code"), "29254 99");
        browser.click(By.id("hamletForm:saveHamlet"));
        browser.waitForText(By.id("hamletForm"), "Vui lòng nhập thông tin này.");
        assertFalse(browser.driver().findElements(By.cssSelector(".field:has([id='hamletForm:code']) .ui-message-error"))
                .isEmpty(), browser.text(By.id("hamletForm")));
        assertEquals("29254 99", browser.find(By.id("hamletForm:code")).getAttribute("value"));
        browser.type(By.id("hamletForm:code"), "");
        browser.type(By.id("hamletForm:name"), "Đồng Khởi " + suffix);
        browser.click(By.id("hamletForm:saveHamlet"));
        browser.waitForText(By.id("messages"), "Đồng Khởi " + suffix);

        browser.type(By.id("searchForm:query"), "dong khoi " + suffix);
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("resultsForm:resultTable"), "Đồng Khởi " + suffix);
    }

    @Test
    void anOrganisationUnitOpenedInTheConsoleAppearsInTheTree() {
        String name = "Ban công tác Mặt trận thử " + Deployments.unique();
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("organisation/units.xhtml");
        By province = By.xpath("//div[@id='treeForm:tree']//span[contains(@class,'ui-treenode-label')][contains(., 'Vĩnh Long')]");
        browser.click(province);
        browser.waitForText(By.id("detail"), "Vĩnh Long");
        browser.click(By.id("treeForm:openCreate"));
        browser.find(By.id("createForm:name"));
        // No place and no name: both said at once, in the same answer.
        browser.click(By.id("createForm:saveCreate"));
        browser.waitForText(By.id("createForm"), "Vui lòng nhập thông tin này.");
        for (String field : List.of("adminUnitCode", "name")) {
            assertFalse(browser.driver().findElements(By.cssSelector(".field:has([id^='createForm:" + field + "']) .ui-message-error"))
                    .isEmpty(), field + ": " + browser.text(By.id("createForm")));
        }
        // Picked from its suggestions, as a user does: a search still pending when the dialog closes
        // would answer later and clear the page's messages.
        browser.choose("createForm:adminUnitCode", "29254");
        browser.type(By.id("createForm:name"), name);
        browser.click(By.id("createForm:saveCreate"));
        browser.waitForText(By.id("messages"), name);

        browser.click(By.xpath("//div[@id='treeForm:tree']//li[.//span[contains(., 'Vĩnh Long')]]//span[contains(@class,'ui-tree-toggler')]"));
        browser.waitForText(By.id("treeForm:tree"), name);
        browser.screenshot("organisation-tree");
    }

    @Test
    void theChosenLanguageIsKeptForTheNextVisit() {
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.submit(By.id("topbarForm:langEn"));
        browser.waitForText(By.tagName("nav"), "Administrative units");
        browser.submit(By.id("topbarForm:logout"));
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        try {
            assertTrue(browser.text(By.tagName("nav")).contains("Administrative units"), browser.text(By.tagName("nav")));
        } finally {
            browser.submit(By.id("topbarForm:langVi"));
            browser.waitForText(By.tagName("nav"), "Đơn vị hành chính");
        }
    }

    @Test
    void anExpiredSessionLeadsBackToTheLoginPageWithAMessage() {
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("territory/units.xhtml");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", "expired-session-id", "/doanthe"));
        browser.type(By.id("searchForm:query"), "ha noi");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("loginForm"), "Phiên làm việc đã hết hạn");
        assertTrue(browser.currentUrl().contains("login.xhtml"), browser.currentUrl());
    }
}
