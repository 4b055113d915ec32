package com.chuhai.tracker.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver, headless. Selenium is given both paths, so it
 * never downloads anything; when they are missing the test fails and says how to install them.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    /** How long a page may take to load or a script to finish: generous, since CI machines are busy. */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private ChromeDriver driver;

    /** Where the browser saves what a page downloads: a fresh, empty directory per browser. */
    private Path downloads;

    private Browser() {}

    /**
     * A browser for one test class, started before its first test and quit after its last:
     * {@code @RegisterExtension static final Browser browser = Browser.perTestClass();}
     */
    public static Browser perTestClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            downloads = Files.createTempDirectory("chromium-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a download directory", e);
        }
        driver = start(downloads);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private static ChromeDriver start(Path downloads) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and its driver at " + CHROMIUM
                    + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,900",
                    // Bootstrap scrolls smoothly unless the reader prefers less motion: a click on an
                    // element below the fold would hit wherever the page was mid-scroll.
                    "--force-prefers-reduced-motion",
                    "--user-data-dir="
                            + Files.createTempDirectory("chromium-profile").toAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            options.setExperimentalOption(
                    "prefs",
                    Map.of(
                            "download.default_directory",
                                    downloads.toAbsolutePath().toString(),
                            "download.prompt_for_download", false,
                            "download.directory_upgrade", true));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException("Could not create a browser profile directory", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and waits until its scripts say the charts are drawn. */
    public void openAndWaitForCharts(String url) {
        driver.get(url);
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-charts-ready")));
    }

    /**
     * Does something that loads another page (a click on a link, a form's submission) and waits until
     * that page has replaced the current one and finished loading. Only {@code driver.get} waits by
     * itself; a click or a key press returns as soon as the event is dispatched, before the request.
     */
    public void navigate(Runnable action) {
        WebElement current = driver.findElement(By.tagName("html"));
        action.run();
        waiting().until(d -> isGone(current));
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Signs in on the sign-in page at {@code loginUrl} and waits for the page it leads to. */
    public void signIn(String loginUrl, TestData.Login login) {
        driver.get(loginUrl);
        waitFor(By.id("username")).sendKeys(login.username());
        driver.findElement(By.id("password")).sendKeys(login.password());
        submit(By.id("password"));
    }

    /** Submits the form that holds the element found by {@code field}, and waits for the next page. */
    public void submit(By field) {
        navigate(() -> driver.findElement(field).submit());
    }

    /** Waits until an element is shown (e.g. in a menu that a click opens). */
    public WebElement waitForVisible(By element) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(element);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits until an element is on the page (one a script adds, or one the next page shows). */
    public WebElement waitFor(By element) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(element);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    /**
     * Whether the page that held {@code element} is gone. Chromium says so with a stale reference, or,
     * when asked in the middle of the swap, with "Node with given id does not belong to the document".
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Waits until the browser has finished saving a download named {@code name} (Chromium writes it
     * under a temporary name and renames it when complete), and returns its bytes.
     */
    public byte[] downloaded(String name) {
        Path file = downloads.resolve(name);
        waiting().until(d -> Files.isRegularFile(file));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the download " + file, e);
        }
    }

    /** Whether a canvas has at least one painted (non-transparent) pixel. */
    public boolean isPainted(WebElement canvas) {
        Object painted = ((JavascriptExecutor) driver).executeScript("""
                        const canvas = arguments[0];
                        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                        for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) return true; }
                        return false;""", canvas);
        return Boolean.TRUE.equals(painted);
    }

    /** The console messages at level SEVERE (JavaScript errors, failed loads) since the last call. */
    public List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
