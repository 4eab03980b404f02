package vn.doanthe.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Api;
import vn.doanthe.testing.Deployments;

/**
 * The auditor's console in a real browser: find a change by entity and day, read its fields, verify
 * the chain; narrow the entries to a territorial unit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditConsoleIT extends AdminBrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void anAuditorFindsAChangeFieldByFieldAndVerifiesTheChain() {
        String name = "Ấp Kiểm Toán " + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/territory/units",
                "{\"name\": \"%s\", \"level\": \"HAMLET\", \"type\": \"AP\", \"parentCode\": \"29254\"}".formatted(name));
        assertEquals(201, created.status(), created.body());
        JsonObject hamlet = created.json();
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        browser.click(By.id("navAudit"));
        browser.type(By.id("searchForm:entityType"), "AdminUnit");
        browser.type(By.id("searchForm:entityId"), hamlet.getJsonNumber("id").toString());
        browser.typeDate(By.id("searchForm:from_input"), today, "searchForm:from");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "AdminUnits.addHamlet");
        browser.click(By.cssSelector("#listForm\\:entries .ui-row-toggler"));
        browser.waitForText(By.id("listForm:entries"), name);

        Api.Reply signIns = admin().get("/doanthe/api/v1/audit?action=LOGIN&user=admin");
        assertTrue(signIns.json().getInt("total") >= 1, "the console sign-in is recorded: " + signIns.body());

        browser.click(By.id("verifyForm:verify"));
        browser.waitForText(By.id("verifyForm"), "Toàn vẹn");
        browser.screenshot("audit");
    }

    @Test
    void anAuditorSeesWhatARecordLookedLikeOnADay() {
        String name = "Ấp Trạng Thái " + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/territory/units",
                "{\"name\": \"%s\", \"level\": \"HAMLET\", \"type\": \"AP\", \"parentCode\": \"29254\"}".formatted(name));
        assertEquals(201, created.status(), created.body());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        browser.click(By.id("navAudit"));
        browser.type(By.id("searchForm:entityType"), "AdminUnit");
        browser.type(By.id("searchForm:entityId"), created.json().getJsonNumber("id").toString());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "AdminUnits.addHamlet");
        browser.click(By.id("stateForm:showState"));
        browser.waitForText(By.id("stateForm:stateTable"), today.format(day));
        browser.waitForText(By.id("stateForm:fields"), name);

        browser.typeDate(By.id("stateForm:at_input"), today.minusDays(1).format(day), "stateForm:at");
        browser.click(By.id("stateForm:showState"));
        browser.waitForText(By.id("stateForm"), "chưa có trong nhật ký");
        browser.screenshot("audit-state");
    }

    @Test
    void personalDataInAnEntryIsMaskedUntilRevealedWithAReason() {
        Api.Reply created = admin().post("/doanthe/api/v1/persons", """
                {"fullName": "Hồ Thị Lộ %s", "gender": "FEMALE", "birthDate": "1984-06-01", "phone": "0912345678",
                 "hamletCode": "29254.03"}""".formatted(Deployments.unique()));
        assertEquals(201, created.status(), created.body());

        filterByEntity("Person", created.json().getJsonNumber("id").toString());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Persons.register");
        browser.click(By.cssSelector("#listForm\\:entries .ui-row-toggler"));
        browser.waitForText(By.id("listForm:entries"), "091••••678");
        assertFalse(browser.text(By.id("listForm:entries")).contains("0912345678"), "masked as on every screen");

        browser.type(By.id("listForm:entries:0:revealReason"), "đối chiếu đơn khiếu nại");
        browser.click(By.id("listForm:entries:0:revealEntry"));
        browser.waitForText(By.id("listForm:entries"), "0912345678");
        JsonObject reveal = admin().get("/doanthe/api/v1/audit?action=REVEAL&entityType=AuditEntry").json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals("đối chiếu đơn khiếu nại", reveal.getString("reason"));
    }

    @Test
    void anAuditorNarrowsTheEntriesToACommune() {
        String name = "Lâm Thị Địa Bàn " + Deployments.unique();
        Api.Reply created = admin().post("/doanthe/api/v1/persons", """
                {"fullName": "%s", "gender": "FEMALE", "birthDate": "1991-03-08", "hamletCode": "29242.01"}"""
                .formatted(name));
        assertEquals(201, created.status(), created.body());
        String person = created.json().getJsonNumber("id").toString();

        filterByEntity("Person", person);
        browser.type(By.id("searchForm:unit"), "29254");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Không có dữ liệu.");
        assertFalse(browser.text(By.id("listForm:entries")).contains("Persons."), "another commune's person is not listed");

        browser.type(By.id("searchForm:unit"), "29242");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Person " + person);

        browser.type(By.id("searchForm:unit"), "99999.99");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("searchForm"), "Không tìm thấy đơn vị hành chính có mã 99999.99.");
        browser.screenshot("audit-unit");
    }

    /** Opens the audit console and fills its entity filters. */
    private void filterByEntity(String entityType, String entityId) {
        browser.click(By.id("navAudit"));
        browser.type(By.id("searchForm:entityType"), entityType);
        browser.type(By.id("searchForm:entityId"), entityId);
    }
}
