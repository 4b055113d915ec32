package com.chuhai.tracker.admin;

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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editor's main flow in a real browser: sign in, create a company, give it a provider, record its
 * migration with a preview, and find both on the dashboard and in the history.
 */
@BrowserTest
class AdminFlowBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void signInCreateACompanyRecordItsMigrationAndSeeBothOnTheDashboardAndInTheHistory() {
        Login editor = data.user(Role.EDITOR);
        Region region = data.region();
        CloudProvider chinese = data.provider("Chinese " + TestData.unique("c"), "CN");
        CloudProvider american = data.provider("American " + TestData.unique("u"), "US");
        String slug = TestData.unique("flow");
        WebDriver driver = browser.driver();

        browser.signIn(url("/login"), editor);
        assertThat(driver.getCurrentUrl()).endsWith("/admin");

        driver.get(url("/admin/companies/new"));
        driver.findElement(By.id("name")).sendKeys("Flow Games");
        driver.findElement(By.id("slug")).sendKeys(slug);
        new Select(driver.findElement(By.id("sector"))).selectByValue("GAMING");
        driver.findElement(By.id("foundedYear")).sendKeys("2012");
        browser.submit(By.id("name"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/companies");

        driver.get(url("/admin/adoptions/new?company=" + slug));
        new Select(driver.findElement(By.id("provider"))).selectByValue(chinese.getSlug());
        new Select(driver.findElement(By.id("region"))).selectByValue(region.getCode());
        browser.submit(By.id("company"));
        assertThat(driver.getCurrentUrl()).contains("/admin/adoptions?company=" + slug);

        driver.get(url("/admin/migrations/new"));
        driver.findElement(By.id("company")).sendKeys(slug);
        new Select(driver.findElement(By.id("fromRegion"))).selectByValue(region.getCode());
        new Select(driver.findElement(By.id("fromProvider"))).selectByValue(chinese.getSlug());
        new Select(driver.findElement(By.id("toProvider"))).selectByValue(american.getSlug());
        setDate("announcedOn", "2024-02-01");
        setDate("completedOn", "2024-05-01");
        new Select(driver.findElement(By.id("status"))).selectByValue("COMPLETED");
        driver.findElement(By.name("sources[0].url")).sendKeys("https://example.org/" + slug);
        driver.findElement(By.name("sources[0].title")).sendKeys("Flow Games moves");
        driver.findElement(By.cssSelector("button[data-add-source]")).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(By.name("sources[3].url")).sendKeys("https://example.org/more-" + slug);
        driver.findElement(By.name("sources[3].title")).sendKeys("More on the move");
        browser.navigate(() ->
                driver.findElement(By.cssSelector("button[value=preview]")).sendKeys(org.openqa.selenium.Keys.ENTER));
        assertThat(browser.waitFor(By.cssSelector("#preview [data-change=ends]"))
                        .getText())
                .contains(chinese.getName());
        assertThat(driver.findElement(By.cssSelector("#preview [data-change=opens]"))
                        .getText())
                .contains(american.getName());
        browser.navigate(() ->
                driver.findElement(By.cssSelector("button[value=save]")).sendKeys(org.openqa.selenium.Keys.ENTER));
        assertThat(driver.getCurrentUrl()).contains("/migrations?company=" + slug);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM migration_source ms
                        JOIN cloud_migration m ON m.id = ms.migration_id
                        JOIN company c ON c.id = m.company_id WHERE c.slug = ?""").param(slug).query(Long.class).single())
                .as("both source rows, the second added in the browser")
                .isEqualTo(2);

        browser.openAndWaitForCharts(url("/?region=" + region.getCode()));
        assertThat(driver.findElement(By.id("latest-migrations")).getText()).contains("Flow Games");
        assertThat(driver.findElement(By.cssSelector("#provider-table tr[data-provider='" + american.getSlug() + "']"))
                        .getText())
                .endsWith("1");

        driver.get(url("/admin/companies/" + slug + "/history"));
        assertThat(driver.findElement(By.id("versions")).getText())
                .contains(editor.username())
                .contains("Flow Games");
        driver.get(url("/admin/activity?user=" + editor.username()));
        assertThat(driver.findElement(By.id("activity-table")).getText())
                .contains(slug)
                .contains("migration");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    /** Date inputs take typing in the browser's own format; setting the value is independent of it. */
    private void setDate(String id, String isoDate) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, isoDate);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
