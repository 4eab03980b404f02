package vn.doanthe.testing;

import org.junit.jupiter.api.BeforeEach;

/** A browser test that starts every test signed in as the administrator. */
public abstract class AdminBrowserTest extends BrowserTest {

    @BeforeEach
    void signInAsAdministrator() {
        browser.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
    }
}
