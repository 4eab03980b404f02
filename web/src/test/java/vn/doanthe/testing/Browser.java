package vn.doanthe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's Chromium, headless, driven by the system's chromedriver: Selenium never downloads a
 * browser. Without them the browser tests are skipped with a note on how to install them, unless
 * {@code DOANTHE_REQUIRE_BROWSER=true} (as in CI) makes that an error.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String baseUrl;
    private Path downloads;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** A fresh browser (no cookies) on the application at {@code baseUrl}, e.g. http://localhost:8080/doanthe/. */
    public static Browser open(String baseUrl) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String how = "Chromium and chromedriver are needed for the browser tests: "
                    + "sudo apt-get install chromium chromium-driver (or set CHROMIUM_BINARY and CHROMEDRIVER)";
            if (Boolean.parseBoolean(System.getenv("DOANTHE_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(how);
            }
            Assumptions.abort(how);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,800", "--lang=vi");
        Path downloads;
        try {
            downloads = Files.createTempDirectory("doanthe-downloads");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        Browser browser = new Browser(driver, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        browser.downloads = downloads;
        return browser;
    }

    /** The file this browser has downloaded by the name {@code fileName}, once the download is complete. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    /**
     * The HTTP status of a page requested with this browser's session (its cookies), which a
     * browser does not tell; redirects are not followed.
     */
    public int status(String path) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                .header("Cookie", cookies).GET().build();
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types a date into a date picker ({@code <id>_input}). The console's pickers open their calendar
     * only from the icon, so typing leaves nothing covering the form; should a calendar be open anyway,
     * Escape closes it.
     */
    public void typeDate(By input, String day, String pickerId) {
        type(input, day);
        By calendar = By.id(pickerId + "_panel");
        if (!gone(calendar)) {
            find(input).sendKeys(Keys.ESCAPE);
            if (!gone(calendar)) {
                throw new IllegalStateException("The calendar of " + pickerId + " stays open and covers the form");
            }
        }
    }

    private boolean gone(By overlay) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(overlay));
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * Types into a PrimeFaces autocomplete and picks its first suggestion. On a loaded machine the
     * first search of a page can be lost between keystrokes, so the last key is sent again once.
     */
    public void choose(String autocompleteId, String text) {
        By input = By.id(autocompleteId + "_input");
        By firstSuggestion = By.cssSelector("#" + autocompleteId.replace(":", "\\:") + "_panel li.ui-autocomplete-item");
        type(input, text);
        for (int attempt = 0; attempt < 2; attempt++) {
            waitForAjax();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(firstSuggestion));
                break;
            } catch (TimeoutException e) {
                WebElement field = find(input);
                field.sendKeys(Keys.BACK_SPACE);
                field.sendKeys(text.substring(text.length() - 1));
            }
        }
        click(firstSuggestion);
    }

    /**
     * Picks the option labelled {@code label} of a PrimeFaces select menu, as a user does, and
     * waits until the menu shows it. Its panel opens with a CSS transition that scales the list:
     * an item clicked before the transition ends can be hit at the place its neighbour reaches a
     * moment later, so the click waits for the open panel and the choice is checked (and made once
     * more if another item was hit).
     */
    public void select(String menuId, String label) {
        String panel = "#" + menuId.replace(":", "\\:") + "_panel";
        By open = By.cssSelector(panel + ".ui-connected-overlay-enter-done");
        By item = By.cssSelector(panel + " li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        for (int attempt = 1; ; attempt++) {
            click(By.id(menuId));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(open));
            click(item);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(shown, label));
                return;
            } catch (TimeoutException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    public void click(By by) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        try {
            wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        } catch (ElementClickInterceptedException e) {
            // An overlay (a closing dialog or calendar) was still fading out, or the element lies at
            // the edge of a dialog that scrolls: wait, bring it to the middle, and click again.
            waitForAjax();
            ElementClickInterceptedException[] last = {e};
            try {
                wait.until(d -> {
                    try {
                        WebElement element = d.findElement(by);
                        ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                        element.click();
                        return true;
                    } catch (ElementClickInterceptedException stillCovered) {
                        last[0] = stillCovered;
                        return false;
                    }
                });
            } catch (TimeoutException covered) {
                covered.addSuppressed(last[0]);
                throw covered;
            }
        }
        waitForAjax();
    }

    /** Waits until PrimeFaces has no ajax request in flight and the page has loaded. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())")));
    }

    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until the browser has arrived at a page whose address contains {@code part}. */
    public void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
        waitForPage();
    }

    public String text(By by) {
        return find(by).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Signs in through the login page. The form posts without ajax, so the old page stays "complete"
     * until the answer replaces it: the sign-in waits for that replacement, for a next address typed
     * at once would cancel the post (and a wrong password would then go uncounted).
     */
    public void signIn(String username, String password) {
        go("login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        submit(By.id("loginForm:submit"));
    }

    /**
     * Clicks a button that posts its form without ajax and waits until the answer has replaced the
     * page: until the button clicked no longer belongs to the document shown. ChromeDriver says so
     * either as a stale element or, when the old document is being torn down at that moment, as an
     * "unknown error" that the node "does not belong to the document"; both mean the page is gone.
     */
    public void submit(By button) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(button));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        waitForPage();
    }

    /** Saves what the browser shows to target/screenshots/{name}.png, for people reviewing the console. */
    public void screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps what the browser showed when a test failed: a screenshot and the page source under
     * target/screenshots, and the page's visible text attached to the failure, so that a CI log
     * alone tells what went wrong.
     */
    public void keepEvidence(String testName, Throwable failure) {
        try {
            screenshot("failed-" + testName);
            Files.writeString(Path.of("target", "screenshots", "failed-" + testName + ".html"), driver.getPageSource());
            String shown = driver.findElement(By.tagName("body")).getText();
            failure.addSuppressed(new AssertionError("The browser was at " + driver.getCurrentUrl() + " and showed:\n"
                    + (shown.length() > 3000 ? shown.substring(0, 3000) + " …" : shown)));
        } catch (RuntimeException | IOException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(downloads);
        } catch (java.io.IOException e) {
            // a temporary folder left behind is no failure of the test
        }
    }
}
