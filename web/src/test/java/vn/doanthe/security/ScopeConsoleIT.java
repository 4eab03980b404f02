package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.Accounts;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Registry;

/**
 * The console as a commune Women's Union officer: a person outside her scope opens like a person
 * that does not exist, lists and counts hold only what her scope covers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScopeConsoleIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void aRecordOutsideTheScopeOpensLikeOneThatDoesNotExist() {
        Registry registry = new Registry(admin());
        String word = "Cq" + Deployments.unique();
        long inside = registry.person("Nguyễn Thị Trong " + word, "29254.01");
        registry.enrol(inside, registry.branch("HPN", "29254.01"), "2015-01-01");
        long outside = registry.person("Lê Thị Ngoài " + word, "29242.01");
        registry.enrol(outside, registry.branch("HPN", "29242.01"), "2015-01-01");
        browser.signIn(officer(), Accounts.PASSWORD);

        browser.go("member/person.xhtml?id=987654321");
        String missing = browser.text(By.id("errorText"));
        browser.go("member/person.xhtml?id=" + outside);
        assertEquals(missing, browser.text(By.id("errorText")));
        browser.go("member/person.xhtml?id=" + inside);
        browser.waitForText(By.tagName("h1"), "Nguyễn Thị Trong");

        browser.go("member/persons.xhtml");
        browser.type(By.id("searchForm:text"), word);
        browser.click(By.id("searchForm:search"));
        browser.waitForText(By.id("listForm:persons"), "Nguyễn Thị Trong");
        assertFalse(browser.text(By.id("listForm:persons")).contains("Lê Thị Ngoài"));

        browser.go("statistics/members.xhtml?unit=29242");
        browser.waitForText(By.tagName("main"), "Không tìm thấy đơn vị hành chính có mã 29242");
    }

    private String officer() {
        return Accounts.open(admin(), List.of("STAFF"), "29254", List.of("HPN"));
    }
}
