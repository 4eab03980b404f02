package vn.doanthe.security;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.doanthe.testing.BrowserTest;
import vn.doanthe.testing.Deployments;

/** An administrator opens an account in the console; the new user must change the password at first login. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersConsoleIT extends BrowserTest {

    private static final String PASSWORD = "Tamthoi2026x";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.war();
    }

    @Test
    void anAccountOpenedInTheConsoleSignsInAndMustChangeItsPassword() {
        String username = openAccount("cb", "Nguyễn Thị <b>Mai</b>", "29254");
        assertTrue(browser.text(By.id("usersForm:users")).contains("Nguyễn Thị <b>Mai</b>"),
                "a typed tag is shown as text, not markup");

        browser.go("account/password.xhtml");
        browser.click(By.id("topbarForm:logout"));
        browser.signIn(username, PASSWORD);
        assertTrue(browser.currentUrl().contains("account/password.xhtml"), browser.currentUrl());
    }

    @Test
    void aWrongPasswordFiveTimesLocksTheAccountAndTheLoginPageSaysSo() {
        String username = openAccount("kh", "Khách", null);
        browser.click(By.id("topbarForm:logout"));

        for (int attempt = 0; attempt < 5; attempt++) {
            browser.signIn(username, "sai-mat-khau-" + attempt);
        }
        browser.signIn(username, PASSWORD);
        browser.waitForText(By.tagName("body"), "tạm khoá 15 phút");
    }

    /** Signs in as the administrator and opens an account in the console; returns its user name. */
    private String openAccount(String prefix, String displayName, String scopeUnit) {
        String username = prefix + Deployments.unique().toLowerCase();
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        browser.go("security/users.xhtml");
        browser.click(By.id("searchForm:add"));
        browser.type(By.id("userForm:username"), username);
        browser.type(By.id("userForm:displayName"), displayName);
        browser.type(By.id("userForm:password"), PASSWORD);
        if (scopeUnit != null) {
            browser.choose("userForm:scopeUnit", scopeUnit);
        }
        browser.click(By.id("userForm:save"));
        browser.waitForText(By.id("usersForm:users"), username);
        return username;
    }
}
