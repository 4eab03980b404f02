package vn.doanthe.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** A test that drives the deployed console in a fresh headless Chromium per test. */
public abstract class BrowserTest extends ClientTest {

    protected Browser browser;

    @RegisterExtension
    final TestExecutionExceptionHandler evidence = (context, failure) -> {
        if (browser != null) {
            browser.keepEvidence(context.getRequiredTestMethod().getName(), failure);
        }
        throw failure;
    };

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(console());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
