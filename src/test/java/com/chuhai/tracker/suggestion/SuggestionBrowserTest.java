package com.chuhai.tracker.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Readers and editors in a real browser: a reader without an account suggests, from a shipped
 * company's page and from the dashboard, where TikTok keeps data; an editor accepts the first from the
 * queue and the dashboard counts it, rejects the second with a reason, which only its reader sees.
 */
@BrowserTest
class SuggestionBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void aReaderSuggestsWithoutAnAccountAndAnEditorAcceptsOneAndRejectsAnother() {
        Login editor = data.user(Role.EDITOR);
        Region region = data.region();
        CloudProvider accepted = data.provider("Reader Cloud " + TestData.unique("r"), "US");
        CloudProvider rejected = data.provider("Rumour Cloud " + TestData.unique("r"), "CN");
        String acceptedSource = "https://example.org/" + TestData.unique("tiktok-cloud");
        String rejectedSource = "https://example.org/" + TestData.unique("tiktok-rumour");
        WebDriver driver = browser.driver();

        driver.get(url("/companies/tiktok"));
        browser.navigate(() -> driver.findElement(By.id("suggest-adoption")).click());
        assertThat(driver.findElement(By.id("company")).getDomProperty("value")).isEqualTo("tiktok");
        String first = suggest(accepted, region, acceptedSource);

        browser.openAndWaitForCharts(url("/"));
        browser.navigate(() -> driver.findElement(By.id("suggest-link")).click());
        driver.findElement(By.id("company")).sendKeys("tiktok");
        String second = suggest(rejected, region, rejectedSource);

        browser.openAndWaitForCharts(url("/?region=" + region.getCode()));
        assertThat(companiesUsing(accepted))
                .as("nothing counts before an editor accepts it")
                .isZero();

        browser.signIn(url("/login"), editor);
        driver.get(url("/admin/suggestions?company=tiktok"));
        WebElement firstCard = browser.waitFor(By.cssSelector("article[data-suggestion='" + first + "']"));
        assertThat(firstCard.getText()).contains("reader@example.org").contains("TikTok's cloud");
        assertThat(firstCard.findElements(By.cssSelector("a[href='" + acceptedSource + "']")))
                .hasSize(1);
        browser.navigate(() -> firstCard
                .findElement(By.cssSelector("form[data-accept] button[type=submit]"))
                .click());
        assertThat(browser.waitFor(By.id("accepted-notice")).getText()).contains("adoptions/");

        WebElement secondCard = browser.waitFor(By.cssSelector("article[data-suggestion='" + second + "']"));
        secondCard.findElement(By.name("reason")).sendKeys("The source is a rumour.");
        browser.navigate(() -> secondCard
                .findElement(By.cssSelector("form[data-reject] button[type=submit]"))
                .click());
        browser.waitFor(By.id("rejected-notice"));

        browser.openAndWaitForCharts(url("/?region=" + region.getCode()));
        assertThat(companiesUsing(accepted)).isEqualTo(1);
        assertThat(companiesUsing(rejected)).isZero();

        driver.get(url("/suggestions/accepted"));
        assertThat(browser.waitFor(By.id("accepted-suggestions")).getText()).contains("tiktok");
        assertThat(driver.getPageSource()).contains(acceptedSource).doesNotContain(rejectedSource);
        driver.get(url("/suggestions/" + second));
        assertThat(browser.waitFor(By.cssSelector("#receipt")).getDomAttribute("data-status"))
                .isEqualTo("REJECTED");
        assertThat(driver.findElement(By.cssSelector("[data-field=reason]")).getText())
                .isEqualTo("The source is a rumour.");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    /** Fills the open suggestion form for {@code provider} in {@code region}, sends it, and returns its tracking id. */
    private String suggest(CloudProvider provider, Region region, String source) {
        WebDriver driver = browser.driver();
        new Select(driver.findElement(By.id("provider"))).selectByValue(provider.getSlug());
        new Select(driver.findElement(By.id("region"))).selectByValue(region.getCode());
        driver.findElement(By.name("sources[0].url")).sendKeys(source);
        driver.findElement(By.name("sources[0].title")).sendKeys("TikTok's cloud");
        driver.findElement(By.id("reader.note")).sendKeys("Seen in the press.");
        driver.findElement(By.id("reader.email")).sendKeys("reader@example.org");
        browser.submit(By.id("provider"));
        assertThat(browser.waitFor(By.id("thanks")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("receipt")).getDomAttribute("data-status"))
                .isEqualTo("NEW");
        String path = driver.getCurrentUrl().replaceFirst("^.*/suggestions/", "");
        return path.substring(0, path.indexOf('?'));
    }

    /** The dashboard's count of companies using {@code provider} (its row's last cell; no row is none). */
    private int companiesUsing(CloudProvider provider) {
        return browser
                .driver()
                .findElements(
                        By.cssSelector("#provider-table tr[data-provider='" + provider.getSlug() + "'] td:last-child"))
                .stream()
                .mapToInt(cell -> Integer.parseInt(cell.getText().strip()))
                .sum();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
