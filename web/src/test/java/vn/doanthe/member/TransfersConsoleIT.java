package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/**
 * The transfers console: a commune's officer sends a member to a branch of another commune (outside
 * her scope, found by its code), the receiving commune's officer finds it among the pending
 * transfers she receives and accepts it, and the member is counted there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransfersConsoleIT extends BrowserTest {

    private static final String SENDING_COMMUNE = "29254";
    private static final String SENDING = "29254.05";
    private static final String RECEIVING_COMMUNE = "29242";
    private static final String RECEIVING = "29242.01";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aTransferIssuedAtOneCommuneIsAcceptedByTheOtherAndTheCountsMove() {
        Registry registry = new Registry(admin());
        String given = "Tc" + Deployments.unique();
        long person = registry.person("Mai Thị " + given, SENDING);
        registry.enrol(person, registry.branch("HPN", SENDING), "2015-01-01");
        long sendingBefore = hamletCount(SENDING_COMMUNE, SENDING);
        long receivingBefore = hamletCount(RECEIVING_COMMUNE, RECEIVING);

        browser.signIn(officer(SENDING_COMMUNE), Accounts.PASSWORD);
        browser.go("member/person.xhtml?id=" + person);
        browser.click(By.xpath("//div[@id='membershipsForm:memberships']//button[contains(., 'Chuyển sinh hoạt')]"));
        browser.choose("transferForm:toOrgUnitId", RECEIVING);
        browser.type(By.id("transferForm:reason"), "về sống cùng gia đình chồng");
        browser.click(By.id("transferForm:issueTransfer"));
        browser.waitForText(By.id("messages"), "Đã gửi đề nghị chuyển sinh hoạt");
        browser.go("member/transfers.xhtml");
        browser.waitForText(By.id("listForm:transfers"), given);
        assertTrue(browser.driver().findElements(By.xpath(row(given) + "//button[contains(@class, 'accept')]")).isEmpty(),
                "the sending unit does not decide its own transfer");
        assertEquals(sendingBefore, hamletCount(SENDING_COMMUNE, SENDING), "counted once, where she was, while pending");
        assertEquals(receivingBefore, hamletCount(RECEIVING_COMMUNE, RECEIVING));

        browser.submit(By.id("topbarForm:logout"));
        browser.signIn(officer(RECEIVING_COMMUNE), Accounts.PASSWORD);
        browser.go("member/transfers.xhtml");
        browser.select("filterForm:direction", "Nhận về");
        browser.select("filterForm:status", "Chờ xử lý");
        browser.click(By.id("filterForm:search"));
        browser.waitForText(By.id("listForm:transfers"), given);
        browser.click(By.xpath(row(given) + "//button[contains(@class, 'accept')]"));
        browser.waitForText(By.id("messages"), "Đã nhận Mai Thị " + given);
        browser.screenshot("transfers");

        assertEquals(sendingBefore - 1, hamletCount(SENDING_COMMUNE, SENDING));
        assertEquals(receivingBefore + 1, hamletCount(RECEIVING_COMMUNE, RECEIVING));
    }

    @Test
    void theReceivingCommuneRefusesOnlyWithAReasonAndTheMemberStays() {
        Registry registry = new Registry(admin());
        String given = "Tr" + Deployments.unique();
        long person = registry.person("Cao Thị " + given, SENDING);
        long membership = registry.enrol(person, registry.branch("HPN", SENDING), "2015-01-01");
        Api.Reply issued = admin().post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(registry.branch("HPN", RECEIVING)));
        assertEquals(201, issued.status(), issued.body());

        browser.signIn(officer(RECEIVING_COMMUNE), Accounts.PASSWORD);
        browser.go("member/transfers.xhtml");
        browser.click(By.xpath(row(given) + "//button[contains(@class, 'refuse')]"));
        browser.click(By.id("refuseForm:confirmRefuse"));
        browser.waitForText(By.id("refuseForm"), "Vui lòng ghi lý do từ chối");
        browser.type(By.id("refuseForm:reason"), "không cư trú tại khóm");
        browser.click(By.id("refuseForm:confirmRefuse"));
        browser.waitForText(By.xpath(row(given)), "Từ chối");
        assertTrue(browser.text(By.xpath(row(given))).contains("không cư trú tại khóm"));
        assertEquals(registry.branch("HPN", SENDING), admin().get("/doanthe/api/v1/memberships/" + membership).json()
                .getJsonNumber("orgUnitId").longValue());
    }

    @Test
    void theListsFollowTheScopeAndDestinationsReachTheWholeProvinceOfOneOrganisation() {
        Registry registry = new Registry(admin());
        long person = registry.person("Đinh Thị Đi " + Deployments.unique(), SENDING);
        long membership = registry.enrol(person, registry.branch("CCB", SENDING), "2015-01-01");
        Api sender = Accounts.client(server(), admin(), List.of("STAFF"), SENDING_COMMUNE, List.of());
        Api receiver = Accounts.client(server(), admin(), List.of("STAFF"), RECEIVING_COMMUNE, List.of());
        Api stranger = Accounts.client(server(), admin(), List.of("STAFF"), RECEIVING_COMMUNE, List.of("HPN"));

        Api.Reply destinations = sender.get("/doanthe/api/v1/memberships/" + membership + "/destinations?q=" + RECEIVING);
        assertEquals(200, destinations.status(), destinations.body());
        List<JsonObject> found = destinations.structure().asJsonArray().getValuesAs(JsonObject.class);
        assertTrue(!found.isEmpty() && found.stream().allMatch(d -> d.getString("adminUnitCode").equals(RECEIVING)),
                destinations.body());
        long to = registry.branch("CCB", RECEIVING);
        assertTrue(found.stream().anyMatch(d -> d.getJsonNumber("id").longValue() == to), destinations.body());
        assertEquals(404, stranger.get("/doanthe/api/v1/memberships/" + membership + "/destinations?q=a").status());

        long transfer = sender.post("/doanthe/api/v1/memberships/" + membership + "/transfer",
                "{\"toOrgUnitId\": %d}".formatted(to)).json().getJsonNumber("id").longValue();
        assertEquals(List.of(false), received(sender.get("/doanthe/api/v1/transfers?direction=SENT&status=PENDING"), transfer));
        assertEquals(List.of(), received(sender.get("/doanthe/api/v1/transfers?direction=RECEIVED"), transfer));
        assertEquals(List.of(true), received(receiver.get("/doanthe/api/v1/transfers?status=PENDING"), transfer));
        assertEquals(List.of(), received(receiver.get("/doanthe/api/v1/transfers?status=ACCEPTED"), transfer));
        assertEquals(List.of(), received(stranger.get("/doanthe/api/v1/transfers"), transfer));
        assertEquals(400, sender.get("/doanthe/api/v1/transfers?direction=SIDEWAYS").status());
    }

    /** For each listed entry of this transfer, whether the caller receives it. */
    private static List<Boolean> received(Api.Reply list, long transfer) {
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonObject("transfer").getJsonNumber("id").longValue() == transfer)
                .map(e -> e.getBoolean("received")).toList();
    }

    private static String row(String text) {
        return "//div[@id='listForm:transfers']//tr[contains(., '" + text + "')]";
    }

    private String officer(String commune) {
        return Accounts.open(admin(), List.of("STAFF"), commune, List.of("HPN"));
    }

    private long hamletCount(String commune, String hamlet) {
        JsonObject stats = admin().get("/doanthe/api/v1/stats/members?unit=" + commune).json();
        return stats.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("unit").equals(hamlet)).findFirst().orElseThrow()
                .getJsonNumber("memberships").longValue();
    }
}
