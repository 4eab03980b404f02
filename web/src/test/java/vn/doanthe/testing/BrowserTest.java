package vn.doanthe.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A test that drives the deployed console in a fresh headless Chromium per test. */
public abstract class BrowserTest extends ClientTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(base.toString());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
