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
import vn.doanthe.testing.Registry;

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

        filterByEntity("Đơn vị hành chính", hamlet.getJsonNumber("id").toString());
        browser.typeDate(By.id("searchForm:from_input"), today, "searchForm:from");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Thêm thôn, ấp");
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

        filterByEntity("Đơn vị hành chính", created.json().getJsonNumber("id").toString());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Thêm thôn, ấp");
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

        filterByEntity("Hồ sơ cá nhân", created.json().getJsonNumber("id").toString());
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Thêm hồ sơ cá nhân");
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

        filterByEntity("Hồ sơ cá nhân", person);
        browser.type(By.id("searchForm:unit"), "29254");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Không có dữ liệu.");
        assertFalse(browser.text(By.id("listForm:entries")).contains(name), "another commune's person is not listed");

        browser.type(By.id("searchForm:unit"), "29242");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Hồ sơ cá nhân: " + name + " (#" + person + ")");

        browser.type(By.id("searchForm:unit"), "99999.99");
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("searchForm"), "Không tìm thấy đơn vị hành chính có mã 99999.99.");
        browser.screenshot("audit-unit");
    }

    /**
     * Item 7 of the console pass: a row names its action, its record and its command in words; its
     * fields by their labels, a status by its label, a day as dd/MM/yyyy, a hamlet by the name it had
     * that day with its commune and code; the same in English.
     */
    @Test
    void theTrailSpeaksInWordsInBothLanguages() {
        String unique = Deployments.uniqueLetters();
        Registry registry = new Registry(admin());
        String hamletName = "Ấp Lời Nói " + unique;
        String hamlet = registry.hamlet(hamletName, "29254");
        long branch = registry.newUnit("HPN", "CHI_HOI", "29254", hamlet, "2015-01-01");
        String name = "Trương Thị Lời " + unique;
        long person = registry.person(name, hamlet);
        long membership = registry.enrol(person, branch, "2016-05-19");
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        Api.Reply away = admin().post("/doanthe/api/v1/memberships/" + membership + "/status", """
                {"status": "AWAY", "day": "%s", "awayPlace": "Bình Dương", "awayContact": "Zalo của chị"}""".formatted(today));
        assertEquals(200, away.status(), away.body());
        // Renamed from tomorrow: today's entries keep the name the hamlet bears today.
        Api.Reply renamed = admin().post("/doanthe/api/v1/territory/units/" + hamlet + "/rename", """
                {"name": "Ấp Tên Mới %s", "effectiveOn": "%s"}""".formatted(unique, LocalDate.parse(today).plusDays(1)));
        assertEquals(200, renamed.status(), renamed.body());

        filterByEntity("Hội viên, đoàn viên", Long.toString(membership));
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Đổi tình trạng sinh hoạt");
        String rows = browser.text(By.id("listForm:entries"));
        assertTrue(rows.contains("Sửa") && rows.contains("Kết nạp hội viên") && rows.contains("Tạo mới"), rows);
        assertTrue(rows.contains("Hội viên, đoàn viên: " + name + ", "), rows);
        browser.click(By.cssSelector("#listForm\\:entries .ui-row-toggler"));
        browser.waitForText(By.id("listForm:entries"), "Đi làm ăn xa");
        String change = browser.text(By.id("listForm:entries"));
        assertTrue(change.contains("Tình trạng sinh hoạt") && change.contains("Nơi đi làm ăn"), change);
        assertTrue(change.contains(LocalDate.parse(today).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), change);
        assertFalse(change.contains("AWAY") || change.contains(today), change);

        filterByEntity("Hồ sơ cá nhân", Long.toString(person));
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:entries"), "Thêm hồ sơ cá nhân");
        browser.click(By.cssSelector("#listForm\\:entries .ui-row-toggler"));
        JsonObject commune = admin().get("/doanthe/api/v1/territory/units/29254").json();
        browser.waitForText(By.id("listForm:entries"), hamletName + ", ");
        String place = hamletName + ", " + placeText(commune.getString("type"), commune.getString("name"));
        String registered = browser.text(By.id("listForm:entries"));
        assertTrue(registered.contains(place) && registered.contains("(" + hamlet + ")"), registered);
        assertTrue(registered.contains("Thôn, ấp nơi ở") && registered.contains("Giới tính") && registered.contains("Nữ"),
                registered);

        try {
            browser.submit(By.id("topbarForm:langEn"));
            filterByEntity("Person", Long.toString(person));
            browser.click(By.id("searchForm:search"));
            browser.waitForText(By.id("listForm:entries"), "Person registered");
            browser.click(By.cssSelector("#listForm\\:entries .ui-row-toggler"));
            browser.waitForText(By.id("listForm:entries"), "Hamlet of residence");
            String english = browser.text(By.id("listForm:entries"));
            assertTrue(english.contains("Female") && english.contains(place) && english.contains("Created"), english);
            browser.screenshot("audit-words-en");
        } finally {
            browser.submit(By.id("topbarForm:langVi"));
        }
        browser.screenshot("audit-words");
    }

    /** The commune as the trail names it after the hamlet: with its kind, which its name may already begin with. */
    private static String placeText(String type, String name) {
        String kind = switch (type) {
            case "PHUONG" -> "Phường";
            case "THI_TRAN" -> "Thị trấn";
            default -> "Xã";
        };
        return name.startsWith(kind + " ") ? name : kind + " " + name;
    }

    /** Opens the audit console and fills its entity filters: the kind of record by its name, and its number. */
    private void filterByEntity(String kindOfRecord, String entityId) {
        browser.click(By.id("navAudit"));
        browser.select("searchForm:entityType", kindOfRecord);
        browser.type(By.id("searchForm:entityId"), entityId);
    }
}
