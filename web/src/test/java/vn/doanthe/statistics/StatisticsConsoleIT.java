package vn.doanthe.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
import org.openqa.selenium.JavascriptExecutor;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/**
 * The statistics page in a real browser: it shows the numbers the API gives, drills down from the
 * commune to a hamlet and back, and shows the ratio once an eligible population is entered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatisticsConsoleIT extends AdminBrowserTest {

    private static final String COMMUNE = "29254";
    private static final String HAMLET = "29254.05";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void theCommuneShowsTheApiNumbersDrillsDownToAHamletAndShowsTheRatioOfAnEnteredFigure() {
        enrolSomeoneInTheWomensUnion(HAMLET);
        JsonObject commune = stats(COMMUNE);

        browser.go("index.xhtml");
        browser.click(By.id("navStatistics"));
        browser.choose("filterForm:unit", COMMUNE);
        browser.click(By.id("filterForm:show"));
        browser.waitForText(By.id("unitName"), commune.getString("name"));
        assertEquals(number(commune, "persons"), browser.text(By.id("persons")));
        assertEquals(number(commune, "memberships"), browser.text(By.id("memberships")));
        assertTrue(browser.currentUrl().contains("unit=" + COMMUNE), browser.currentUrl());
        browser.find(By.cssSelector("#organisationChart canvas"));
        browser.find(By.cssSelector("#childrenChart canvas"));
        browser.screenshot("statistics-commune");

        JsonObject hamlet = stats(HAMLET);
        browser.click(By.xpath("//div[@id='children']//a[contains(@href, 'unit=" + HAMLET + "&')]"));
        browser.waitForText(By.id("unitName"), hamlet.getString("name"));
        assertEquals("Khóm " + hamlet.getString("name"), browser.text(By.id("unitName")), "the hamlet's type (a ward's), then its name");
        assertTrue(browser.currentUrl().contains("unit=" + HAMLET), browser.currentUrl());
        assertEquals(number(hamlet, "persons"), browser.text(By.id("persons")));
        assertEquals(number(hamlet, "memberships"), browser.text(By.id("memberships")));
        String trail = browser.text(By.id("trail")).replaceAll("\\s+", " ");
        assertTrue(trail.contains("Tỉnh Vĩnh Long › Phường " + commune.getString("name") + " › Khóm"), trail);

        long members = organisation(hamlet, "HPN").getJsonNumber("members").longValue();
        browser.click(By.xpath("//tr[td[contains(., 'Phụ nữ')]]//button"));
        browser.type(By.id("eligibleForm:eligible"), "-3");
        browser.click(By.id("eligibleForm:saveEligible"));
        browser.waitForText(By.id("eligibleForm"), "không được âm");

        browser.type(By.id("eligibleForm:eligible"), Long.toString(members * 4));
        browser.click(By.id("eligibleForm:saveEligible"));
        browser.waitForText(By.id("organisationsForm:organisations"), "25%");
        assertEquals(0, organisation(stats(HAMLET), "HPN").getJsonNumber("ratio").bigDecimalValue()
                .compareTo(new BigDecimal("0.25")), "the API gives the ratio the page shows");
        browser.screenshot("statistics-hamlet");

        browser.click(By.xpath("//nav[@id='trail']//a[contains(@href, 'unit=" + COMMUNE + "&')]"));
        browser.waitForText(By.id("unitName"), commune.getString("name"));
    }

    @Test
    void aCommuneOfficerOpensThePageOnTheirOwnCommuneAndTheTilesSayTheyCountMemberships() {
        JsonObject commune = stats(COMMUNE);
        browser.submit(By.id("topbarForm:logout"));
        browser.signIn(Accounts.open(admin(), List.of("STAFF"), COMMUNE, List.of()), Accounts.PASSWORD);
        browser.go("statistics/members.xhtml");
        browser.waitForText(By.id("unitName"), commune.getString("name"));
        assertEquals(number(commune, "persons"), browser.text(By.id("persons")));
        assertTrue(browser.text(By.cssSelector(".cards")).contains("Đang sinh hoạt (lượt tham gia)"),
                browser.text(By.cssSelector(".cards")));
    }

    /** Item 10: a province's communes are charted as lying bars, the ten with the most members and the ten with the fewest. */
    @Test
    void aProvincesCommunesAreChartedAtBothEndsAsLyingBars() {
        String province = admin().get("/doanthe/api/v1/territory/units/" + COMMUNE).json().getString("parentCode");
        JsonObject stats = stats(province);
        int communes = stats.getJsonArray("children").size();
        browser.go("statistics/members.xhtml?unit=" + province);
        browser.waitForText(By.id("unitName"), stats.getString("name"));
        browser.find(By.cssSelector("#childrenChart canvas"));
        List<?> chart = (List<?>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(document.querySelector('#childrenChart canvas'));"
                        + " return [c.options.indexAxis, c.data.labels.length, c.data.datasets[0].data];");
        assertEquals("y", chart.get(0));
        assertEquals((long) Math.min(communes, 20), ((Number) chart.get(1)).longValue());
        List<Long> values = ((List<?>) chart.get(2)).stream().map(v -> ((Number) v).longValue()).toList();
        assertEquals(values.stream().sorted(java.util.Comparator.reverseOrder()).toList(), values, "most members first");
        if (communes > 20) {
            assertTrue(browser.text(By.id("results")).contains("Mười đơn vị trực thuộc có nhiều lượt tham gia nhất"));
        }
    }

    private JsonObject stats(String unit) {
        Api.Reply reply = admin().get("/doanthe/api/v1/stats/members?unit=" + unit + "&asOf="
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject organisation(JsonObject stats, String code) {
        return stats.getJsonArray("byOrganisation").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("organisation").equals(code)).findFirst().orElseThrow();
    }

    private static String number(JsonObject stats, String field) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(stats.getJsonNumber(field).longValue());
    }

    private void enrolSomeoneInTheWomensUnion(String hamlet) {
        Registry registry = new Registry(admin());
        long person = registry.person("Võ Thị Thống Kê " + Deployments.unique(), hamlet);
        registry.enrol(person, registry.branch("HPN", hamlet), "2010-10-20");
    }
}
