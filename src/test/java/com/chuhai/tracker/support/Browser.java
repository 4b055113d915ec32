package com.chuhai.tracker.support;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
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
public final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
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
                    "--user-data-dir="
                            + Files.createTempDirectory("chromium-profile").toAbsolutePath());
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not create a browser profile directory", e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page and waits until its scripts say the charts are drawn. */
    public void openAndWaitForCharts(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> "true"
                        .equals(d.findElement(org.openqa.selenium.By.tagName("body"))
                                .getDomAttribute("data-charts-ready")));
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
        driver.quit();
    }
}
