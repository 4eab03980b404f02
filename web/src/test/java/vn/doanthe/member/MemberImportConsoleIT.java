package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Deployments;

/** The import page in a real browser: upload a spreadsheet, read its problems by row, import the valid rows. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberImportConsoleIT extends AdminBrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void anUploadIsCheckedThenItsValidRowsAreImported() throws IOException {
        long branch = admin().get("/doanthe/api/v1/org-units?organisation=HPN&adminUnit=" + MemberWorkbooks.HAMLET)
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        MemberWorkbooks.Sample sample = MemberWorkbooks.sample(branch);
        Path file = Files.createDirectories(Path.of("target", "uploads")).resolve("thanh-vien-" + sample.word() + ".xlsx");
        Files.write(file, sample.xlsx());

        browser.go("member/import.xhtml");
        browser.driver().findElement(By.cssSelector("#importForm input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.submit(By.id("importForm:upload"));
        browser.waitForPage();
        browser.waitForText(By.id("state"), "chờ bạn quyết định");
        browser.waitForText(By.id("currentForm:problems"), "Mã chi hội/chi đoàn");
        browser.waitForText(By.id("counts"), "7 dòng: 2 hợp lệ, 5 có lỗi");
        browser.waitForText(By.id("checked"), "Đã kiểm tra 7 / 7 dòng.");
        assertEquals(0, admin().get("/doanthe/api/v1/persons?q=" + sample.word()).json().getInt("total"));

        browser.click(By.id("currentForm:importValid"));
        browser.waitForText(By.id("state"), "Đã nhập xong");
        browser.waitForText(By.id("counts"), "7 dòng: 2 hợp lệ, 5 có lỗi; đã ghi mới 2, không thay đổi 0");
        browser.waitForText(By.id("checked"), "Đã ghi 2 / 2 dòng hợp lệ.");
        assertEquals(2, admin().get("/doanthe/api/v1/persons?q=" + sample.word()).json().getInt("total"));
        browser.screenshot("member-import");
    }
}
