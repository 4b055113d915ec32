package com.chuhai.tracker.dashboard;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What only a browser shows: the charts are drawn, no script fails, and data never runs as code. */
@BrowserTest
class DashboardBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void drawsEveryChartWithoutJavaScriptErrors() {
        browser.openAndWaitForCharts("http://localhost:" + port + "/");

        List<WebElement> canvases = browser.driver().findElements(By.cssSelector("canvas[data-chart]"));
        assertThat(canvases).hasSize(8);
        assertThat(canvases)
                .allSatisfy(canvas -> assertThat(browser.isPainted(canvas))
                        .as("canvas %s is painted", canvas.getDomAttribute("id"))
                        .isTrue());
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void appliesTheFiltersGivenInTheUrlAndShowsThemInTheForm() {
        Region region = data.region();
        Company company = data.company(Sector.GAMING, 2010);
        data.adoption(company, data.provider("US"), region, year(2015), null);

        browser.openAndWaitForCharts(
                "http://localhost:" + port + "/?asOf=2020-03-01&sector=GAMING&region=" + region.getCode());

        assertThat(browser.driver().findElement(By.id("asOf")).getDomProperty("value"))
                .isEqualTo("2020-03-01");
        assertThat(browser.driver().findElement(By.id("region")).getDomProperty("value"))
                .isEqualTo(region.getCode());
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-metric=tracked]"))
                        .getText())
                .isEqualTo("1");
    }

    @Test
    void showsAHostileProviderNameAsTextAndRunsNoScript() {
        String hostile = "<img src=x onerror=\"document.body.dataset.pwned='img'\">"
                + "</script><script>document.body.dataset.pwned='script'</script>";
        Region region = data.region();
        CloudProvider provider = data.provider(hostile, "US");
        data.adoption(data.company(Sector.GAMING, 2010), provider, region, year(2015), null);

        browser.openAndWaitForCharts("http://localhost:" + port + "/?region=" + region.getCode());

        assertThat(browser.driver().findElement(By.tagName("body")).getDomAttribute("data-pwned"))
                .isNull();
        assertThat(browser.driver()
                        .findElement(By.cssSelector("tr[data-provider='" + provider.getSlug() + "'] th"))
                        .getText())
                .isEqualTo(hostile);
    }

    @Test
    void answersWhereTheShippedFactsKeepTheirDataAndLeadsFromANumberToTheCompanies() {
        browser.openAndWaitForCharts("http://localhost:" + port + "/?asOf=2026-01-01");
        assertThat(browser.isPainted(browser.driver().findElement(By.id("residency-chart"))))
                .isTrue();
        WebElement hubs =
                browser.driver().findElement(By.cssSelector("#residency-sentence a[data-residency-number='2']"));
        long counted = Long.parseLong(hubs.getText());

        browser.navigate(hubs::click);

        List<String> listed =
                browser.driver().findElements(By.cssSelector("#companies-table tr[data-company]")).stream()
                        .map(row -> row.getDomAttribute("data-company"))
                        .toList();
        assertThat(browser.driver().getCurrentUrl()).contains("regionCategory=NEUTRAL_HUB");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-metric=results]"))
                        .getText())
                .as("the directory lists exactly the companies the number counts")
                .startsWith(counted + " compan");
        assertThat(listed).contains("bigo", "milimili");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void everyChartOffersItsPictureTheNumbersOfItsTableAndACitation() throws Exception {
        Region region = data.region();
        CloudProvider provider = data.provider("US");
        data.adoption(data.company(Sector.GAMING, 2010), provider, region, year(2015), null);
        String view = "http://localhost:" + port + "/?asOf=2020-03-01&region=" + region.getCode();
        browser.openAndWaitForCharts(view + "&lang=en");

        assertThat(browser.driver().findElements(By.cssSelector("[data-chart-download=png]")))
                .hasSize(8)
                .allSatisfy(button -> assertThat(button.isDisplayed()).isTrue());
        assertThat(browser.driver().findElements(By.cssSelector("[data-chart-download=csv]")))
                .hasSize(8)
                .allSatisfy(button -> assertThat(button.isDisplayed()).isTrue());

        WebElement section = browser.driver().findElement(By.id("section-provider"));
        section.findElement(By.cssSelector("[data-chart-download=png]")).click();
        byte[] png = browser.downloaded("chuhai-provider-2020-03-01.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        WebElement canvas = browser.driver().findElement(By.id("provider-chart"));
        assertThat(image.getWidth()).isEqualTo(Integer.parseInt(canvas.getDomProperty("width")));
        assertThat(image.getHeight())
                .as("the chart with its title above and its credit below")
                .isGreaterThan(Integer.parseInt(canvas.getDomProperty("height")));

        section.findElement(By.cssSelector("[data-chart-download=csv]")).click();
        String csv = new String(browser.downloaded("chuhai-provider-2020-03-01.csv"), StandardCharsets.UTF_8);
        List<List<String>> table = browser.driver().findElements(By.cssSelector("#provider-table tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        assertThat(csv).startsWith("\ufeff");
        List<List<String>> records = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).stream()
                .map(CSVRecord::toList)
                .toList();
        assertThat(records).as("exactly the rows of the table beside the chart").isEqualTo(table);
        assertThat(table).contains(List.of("Provider", "Origin", "Companies"), List.of(provider.getName(), "US", "1"));

        section.findElement(By.cssSelector(".chart-cite summary")).click();
        WebElement cite = browser.waitForVisible(By.id("provider-cite"));
        assertThat(cite.getDomProperty("value"))
                .startsWith("Companies per provider. Chuhai Cloud Tracker, as of 1 Mar 2020; data last changed on ")
                .endsWith(" http://localhost:" + port + "/?asOf=2020-03-01&region=" + region.getCode()
                        + "&from=2011&to=2020#section-provider");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
