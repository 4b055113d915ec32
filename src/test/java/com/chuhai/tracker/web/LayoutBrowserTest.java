package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages at every width a reader uses, in all three languages, signed out and in: the page never
 * scrolls sideways and the menu stays one line (expanded when it fits, behind its button when not).
 */
@BrowserTest
class LayoutBrowserTest {

    /** The five widths of the issue, both sides of Bootstrap's xl breakpoint (1200), and a laptop's. */
    private static final int[] WIDTHS = {320, 768, 1024, 1199, 1200, 1279, 1280, 1366, 1920};

    private static final String[] LANGUAGES = {"en", "fr", "zh-CN"};
    private static final String[] PAGES = {
        "/", "/companies", "/migrations", "/companies/tiktok", "/providers/aws", "/suggestions/accepted"
    };
    private static final String[] SIGNED_IN_PAGES = {"/admin", "/admin/suggestions"};

    /** A menu on one line: the bar's own height (about 56 px), with room for a taller font. */
    private static final double ONE_LINE = 72;

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void noPageScrollsSidewaysAndTheMenuStaysOneLineAtEveryWidthInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        measureAll("signed out", PAGES, problems);

        Login editor = data.user(Role.EDITOR);
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(url("/login?lang=en"), editor);
        assertThat(driver.getCurrentUrl()).endsWith("/admin");
        measureAll("signed in", PAGES, problems);
        measureAll("signed in", SIGNED_IN_PAGES, problems);

        assertThat(problems).isEmpty();
    }

    @Test
    void focusRingsStandOutAtLeastThreeToOneOnTheMenuAndOnFields() {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(url("/companies?lang=en"));
        browser.waitFor(By.id("q"));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String ring = """
                const element = document.querySelector(arguments[0]);
                element.focus();
                const style = getComputedStyle(element);
                let behind = element.parentElement;
                while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)') {
                    behind = behind.parentElement;
                }
                return [style.outlineStyle, style.outlineWidth, style.outlineColor,
                        behind ? getComputedStyle(behind).backgroundColor : 'rgb(255, 255, 255)'];""";
        // Keyboard focus on the menu: Tab from the page's start reaches the skip link, then the brand.
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        for (String selector : List.of("nav .navbar-brand", "#q")) {
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) js.executeScript(
                    selector.startsWith("nav")
                            ? "const e = document.activeElement; const s = getComputedStyle(e);"
                                    + " return [s.outlineStyle, s.outlineWidth, s.outlineColor,"
                                    + " getComputedStyle(document.querySelector('nav.navbar')).backgroundColor];"
                            : ring,
                    selector);
            assertThat(found.get(0)).as(selector + " outline style").isEqualTo("solid");
            assertThat(Double.parseDouble(found.get(1).replace("px", "")))
                    .as(selector + " outline width")
                    .isGreaterThanOrEqualTo(2);
            assertThat(contrast(found.get(2), found.get(3)))
                    .as(selector + ": " + found.get(2) + " on " + found.get(3))
                    .isGreaterThanOrEqualTo(3.0);
        }

        // The language being read, reached by keyboard in the open language menu: its ring is drawn
        // inside it, on the current item's own background.
        driver.get(url("/companies?lang=fr"));
        browser.waitFor(By.id("q"));
        js.executeScript("document.querySelector('#language-menu > button').focus();");
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(By.cssSelector("#language-menu .dropdown-menu.show"));
        for (int i = 0; i < 3 && !isActiveItemFocused(js); i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
        }
        assertThat(isActiveItemFocused(js))
                .as("the current language is reached by keyboard")
                .isTrue();
        @SuppressWarnings("unchecked")
        List<String> current = (List<String>) js.executeScript("""
                const s = getComputedStyle(document.activeElement);
                return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.backgroundColor];""");
        assertThat(current.get(0)).as("current language outline style").isEqualTo("solid");
        assertThat(contrast(current.get(2), current.get(3)))
                .as("current language: " + current.get(2) + " on " + current.get(3))
                .isGreaterThanOrEqualTo(3.0);
    }

    private static boolean isActiveItemFocused(JavascriptExecutor js) {
        return Boolean.TRUE.equals(
                js.executeScript("return document.activeElement.matches('#language-menu .dropdown-item.active');"));
    }

    @Test
    void onAPhoneWideTablesSayTheyScrollChartLabelsFitAndTheDashboardHasContents() {
        WebDriver driver = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(320, 800));

        driver.get(url("/companies/tiktok?lang=en"));
        browser.waitFor(By.cssSelector("body[data-tables-ready]"));
        List<WebElement> scrolling = driver.findElements(By.cssSelector(".table-responsive[data-overflowing]"));
        assertThat(scrolling).as("the company's wide tables scroll sideways").isNotEmpty();
        assertThat(scrolling).allSatisfy(box -> {
            WebElement hint = (WebElement) js.executeScript("return arguments[0].previousElementSibling;", box);
            assertThat(hint.isDisplayed()).isTrue();
            assertThat(hint.getText()).startsWith("Wider than the screen");
            assertThat(box.getDomAttribute("tabindex"))
                    .as("the keyboard can scroll it")
                    .isEqualTo("0");
            assertThat(box.getDomAttribute("aria-label")).isNotBlank();
        });
        driver.manage().window().setSize(new Dimension(1920, 900));
        browser.waitFor(By.cssSelector("body[data-tables-ready]"));
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.cssSelector(".table-responsive[data-overflowing]"))
                                .size()
                        < scrolling.size());

        driver.manage().window().setSize(new Dimension(320, 800));
        browser.openAndWaitForCharts(url("/?lang=en"));
        Number labels = (Number) js.executeScript("""
                const chart = Chart.getChart(document.getElementById('provider-chart'));
                return chart.scales.y.width / chart.width;""");
        assertThat(labels.doubleValue())
                .as("provider names take at most half the chart")
                .isLessThanOrEqualTo(0.5);

        List<WebElement> contents = driver.findElements(By.cssSelector("#contents a"));
        assertThat(contents).hasSize(9);
        assertThat(contents)
                .allSatisfy(link -> assertThat(driver.findElements(By.cssSelector(link.getDomAttribute("href"))))
                        .as(link.getDomAttribute("href"))
                        .hasSize(1));
        contents.get(7).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> ((Number) js.executeScript(
                                        "return document.getElementById('section-flow').getBoundingClientRect().top;"))
                                .doubleValue()
                        < 200);
        Number barTop =
                (Number) js.executeScript("return document.getElementById('contents').getBoundingClientRect().top;");
        assertThat(barTop.doubleValue()).as("the contents bar stays on screen").isBetween(-1.0, 1.0);
        assertThat((Number) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth;"))
                .satisfies(overflow -> assertThat(overflow.intValue()).isLessThanOrEqualTo(0));
    }

    /** The WCAG contrast ratio of two CSS colours given as rgb()/rgba(). */
    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }

    private void measureAll(String who, String[] pages, List<String> problems) {
        WebDriver driver = browser.driver();
        for (String language : LANGUAGES) {
            for (int width : WIDTHS) {
                driver.manage().window().setSize(new Dimension(width, 900));
                for (String page : pages) {
                    driver.get(url(page + "?lang=" + language));
                    browser.waitFor(By.cssSelector("nav.navbar"));
                    @SuppressWarnings("unchecked")
                    List<Number> sizes = (List<Number>) ((JavascriptExecutor) driver)
                            .executeScript("return [document.documentElement.scrollWidth, window.innerWidth,"
                                    + " document.querySelector('nav.navbar').getBoundingClientRect().height];");
                    double scrollWidth = sizes.get(0).doubleValue();
                    double innerWidth = sizes.get(1).doubleValue();
                    double menuHeight = sizes.get(2).doubleValue();
                    String where = "%s, %s, %d px, %s".formatted(who, language, width, page);
                    if (scrollWidth > innerWidth) {
                        problems.add(where + ": scrolls sideways (" + scrollWidth + " > " + innerWidth + ")");
                    }
                    if (menuHeight > ONE_LINE) {
                        problems.add(where + ": the menu is " + menuHeight + " px high");
                    }
                }
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
