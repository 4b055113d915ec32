package com.chuhai.tracker.directory;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.Migration;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Following a number from the dashboard to the companies behind it, to a company's page, in a real browser. */
@BrowserTest
class CompanyBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    /** Each test starts in the default language: the choice lives in a cookie. */
    @BeforeEach
    void forgetTheLanguage() {
        browser.driver().get("http://localhost:" + port + "/actuator/health");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aDashboardNumberLeadsToExactlyTheCompaniesBehindItAndOnToTheirPage() {
        Region region = data.region();
        CloudProvider provider = data.provider("US");
        String hostile = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">" + TestData.unique("co");
        Company first = data.company(hostile, Sector.GAMING, 2010);
        Company second = data.company(Sector.GAMING, 2010);
        data.adoption(first, provider, region, year(2015), null);
        data.adoption(second, provider, region, year(2016), null);
        data.adoption(data.company(Sector.GAMING, 2010), data.provider("CN"), region, year(2015), null);

        browser.openAndWaitForCharts("http://localhost:" + port + "/?asOf=2020-01-01&region=" + region.getCode());
        WebElement number = browser.driver()
                .findElement(By.cssSelector("#provider-table tr[data-provider='" + provider.getSlug() + "'] a"));
        browser.driver().get(number.getDomProperty("href"));

        List<String> listed =
                browser.driver().findElements(By.cssSelector("#companies-table tr[data-company]")).stream()
                        .map(row -> row.getDomAttribute("data-company"))
                        .toList();
        assertThat(listed).containsExactlyInAnyOrder(first.getSlug(), second.getSlug());
        assertThat(browser.driver().findElement(By.id("asOf")).getDomProperty("value"))
                .isEqualTo("2020-01-01");

        WebElement link = browser.driver().findElement(By.linkText(hostile));
        browser.driver().get(link.getDomProperty("href"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(hostile);
        assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-pwned"))
                .isNull();
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void whoMovedFromChineseToUsCloudsWhenAndSaysWhoInFrench() {
        Region region = data.region();
        Company company = data.company(Sector.SOCIAL_CONTENT, 2010);
        CloudProvider chinese = data.provider("CN");
        CloudProvider american = data.provider("US");
        data.adoption(company, american, region, year(2022), null);
        Migration moved = data.migration(company, region, chinese, american, year(2022), MigrationStatus.COMPLETED);

        browser.openAndWaitForCharts("http://localhost:" + port + "/?lang=fr&from=2020&region=" + region.getCode());
        WebElement flow = browser.driver()
                .findElement(By.cssSelector("#origin-flow-table a[href*='fromOrigin=CN'][href*='toOrigin=US']"));
        browser.driver().get(flow.getDomProperty("href"));

        WebElement row = browser.driver().findElement(By.cssSelector("tr[data-migration='" + moved.getId() + "']"));
        assertThat(row.getText()).contains(company.getName()).contains("2022").contains("Achevée");
        assertThat(row.findElement(By.cssSelector("a[rel='noopener noreferrer']"))
                        .getDomAttribute("href"))
                .startsWith("https://example.org/");
    }

    @Test
    void switchesLanguageAndKeepsTheFilters() {
        browser.driver().get("http://localhost:" + port + "/companies?sector=GAMING");

        browser.driver()
                .findElement(By.cssSelector("#language-menu .dropdown-toggle"))
                .click();
        browser.waitForVisible(By.cssSelector("a[hreflang='zh-CN']"));
        browser.navigate(() -> browser.driver()
                .findElement(By.cssSelector("a[hreflang='zh-CN']"))
                .click());

        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("zh-CN");
        assertThat(browser.driver().findElement(By.id("sector")).getDomProperty("value"))
                .isEqualTo("GAMING");
        browser.driver().get("http://localhost:" + port + "/migrations");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                .as("the choice is remembered")
                .isEqualTo("zh-CN");
    }

    @Test
    void everyPageLoadsWithoutScriptErrorsInEveryLanguage() {
        for (String language : List.of("en", "fr", "zh-CN")) {
            for (String page : List.of(
                    "/",
                    "/companies",
                    "/companies/tiktok",
                    "/migrations",
                    "/providers",
                    "/providers/oracle",
                    "/regions",
                    "/regions/us")) {
                String separator = page.contains("?") ? "&" : "?";
                browser.driver().get("http://localhost:" + port + page + separator + "lang=" + language);
                assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"))
                        .as(page)
                        .isEqualTo(language);
                assertThat(browser.driver().findElements(By.tagName("h1")))
                        .as(page)
                        .isNotEmpty();
                assertThat(browser.severeConsoleMessages())
                        .as(page + " in " + language)
                        .isEmpty();
            }
        }
    }

    @Test
    void anUnknownCompanyIsAFriendlyPage() {
        browser.driver().get("http://localhost:" + port + "/companies/" + TestData.unique("nobody"));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
    }
}
