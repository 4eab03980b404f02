package vn.doanthe.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.AdminBrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/** The "Gộp hồ sơ" dialog in a real browser: both records side by side, a reason required, the duplicate joined. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonMergeConsoleIT extends AdminBrowserTest {

    private static final String HAMLET = "29254.05";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aDuplicateIsShownBesideTheRecordAndMergedIntoItWithAReason() {
        Registry registry = new Registry(admin());
        String given = "G" + Deployments.unique();
        long kept = registry.person("Ông Thị " + given, HAMLET);
        long duplicate = registry.person("Ong Thi " + given, "29254.06");
        registry.enrol(duplicate, registry.branch("HPN", "29254.06"), "2014-03-08");

        browser.go("member/person.xhtml?id=" + kept);
        browser.click(By.id("personForm:openMerge"));
        // The likely duplicate (same name without diacritics, same birth date) is offered at once.
        browser.waitForText(By.id("mergeForm:comparison"), "Ong Thi " + given);
        browser.choose("mergeForm:mergedId", given.toLowerCase());
        browser.waitForText(By.id("mergeForm:comparison"), "Hội Phụ nữ");
        assertEquals(2, browser.driver().findElements(By.xpath(
                "//div[@id='mergeForm:comparison']//td[contains(., '" + given + "')]")).size());

        browser.click(By.id("mergeForm:confirmMerge"));
        browser.waitForText(By.id("mergeForm"), "Vui lòng ghi lý do gộp hồ sơ");
        browser.type(By.id("mergeForm:reason"), "cùng một người, nhập hai lần");
        browser.click(By.id("mergeForm:confirmMerge"));
        browser.waitForText(By.id("messages"), "Đã gộp hồ sơ");
        browser.waitForText(By.id("membershipsForm:memberships"), "Hội Phụ nữ");
        assertEquals(404, admin().get("/doanthe/api/v1/persons/" + duplicate).status());
        browser.screenshot("person-merge");
    }
}
