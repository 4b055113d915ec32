package com.chuhai.tracker.dashboard;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class DashboardControllerTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JsonMapper json;

    Region region;
    CloudProvider usProvider;
    CloudProvider cnProvider;

    @BeforeEach
    void setUp() {
        region = data.region();
        usProvider = data.provider(HOSTILE, "US");
        cnProvider = data.provider("CN");
        Company multiCloud = data.company(Sector.GAMING, 2010);
        data.adoption(multiCloud, usProvider, region, year(2015), null);
        data.adoption(multiCloud, cnProvider, region, year(2016), null);
        Company usOnly = data.company(Sector.FINTECH, 2010);
        data.adoption(usOnly, usProvider, region, year(2020), null);
    }

    @Test
    void showsTheHeadlineNumbersForTheFiltersInTheUrl() throws Exception {
        String page = page("/?asOf=2024-06-30&region=" + region.getCode());

        assertThat(page)
                .contains("data-metric=\"tracked\">2<")
                .contains("data-metric=\"us\">2<")
                .contains("data-metric=\"us-share\">100% of tracked<")
                .contains("data-metric=\"cn\">1<")
                .contains("data-metric=\"cn-share\">50% of tracked<")
                .contains("data-metric=\"both\">1<")
                .contains("value=\"2024-06-30\"")
                .containsPattern("<option value=\"" + region.getCode() + "\" selected=\"selected\"");
    }

    @Test
    void everyNumberLinksToTheCompaniesBehindIt() throws Exception {
        String page = page("/?asOf=2024-06-30&sector=GAMING&region=" + region.getCode());

        assertThat(page)
                .contains("href=\"/companies?provider=" + usProvider.getSlug()
                        + "&amp;asOf=2024-06-30&amp;sector=GAMING&amp;region=" + region.getCode() + "\"")
                .contains("href=\"/companies?origin=CN&amp;asOf=2024-06-30&amp;sector=GAMING&amp;region="
                        + region.getCode() + "\"");
        assertThat(chart(page, "provider-chart").get("links").valueStream().map(JsonNode::asString))
                .contains("/companies?provider=" + cnProvider.getSlug() + "&asOf=2024-06-30&sector=GAMING&region="
                        + region.getCode());
    }

    @Test
    void countsAsOfTheDateInTheUrl() throws Exception {
        String page = page("/?asOf=2017-06-30&region=" + region.getCode());

        assertThat(page).contains("data-metric=\"tracked\">1<").contains("data-metric=\"both\">1<");
    }

    @Test
    void narrowsBySector() throws Exception {
        String page = page("/?asOf=2024-06-30&sector=FINTECH&region=" + region.getCode());

        assertThat(page).contains("data-metric=\"tracked\">1<").contains("data-metric=\"cn\">0<");
    }

    @Test
    void servesChartDataAsJsonWithTheSameNumbersAsTheTables() throws Exception {
        String page = page("/?asOf=2024-06-30&region=" + region.getCode());

        JsonNode origins = chart(page, "origin-chart").get("series").get(0);
        assertThat(origins.get("values").valueStream().map(JsonNode::asLong)).containsExactly(2L, 1L, 0L, 0L);
        assertThat(origins.get("origins").valueStream().map(JsonNode::asString))
                .containsExactly("US", "CN", "OTHER", "UNDISCLOSED");

        JsonNode providers = chart(page, "provider-chart");
        List<String> labels =
                providers.get("labels").valueStream().map(JsonNode::asString).toList();
        int hostile = labels.indexOf(HOSTILE);
        assertThat(hostile).isNotNegative();
        assertThat(providers.get("series").get(0).get("values").get(hostile).asLong())
                .isEqualTo(2);
        assertThat(providers.get("series").get(0).get("origins").get(hostile).asString())
                .isEqualTo("US");
    }

    @Test
    void drawsTheSplitOverTimePerRegionPerSectorAndTheFlows() throws Exception {
        Company mover = data.company(Sector.TRAVEL_MOBILITY, 2010);
        data.adoption(mover, cnProvider, region, year(2012), year(2019));
        data.adoption(mover, usProvider, region, year(2019), null);
        data.migration(mover, region, cnProvider, usProvider, year(2019), MigrationStatus.COMPLETED);
        data.migration(mover, region, usProvider, null, year(2023), MigrationStatus.ANNOUNCED);

        String page = page("/?asOf=2024-06-30&from=2014&to=2020&region=" + region.getCode());

        JsonNode timeline = chart(page, "timeline-chart");
        assertThat(timeline.get("labels").valueStream().map(JsonNode::asString))
                .containsExactly("2014", "2015", "2016", "2017", "2018", "2019", "2020");
        assertThat(timeline.get("series").get(1).get("values").valueStream().map(JsonNode::asLong))
                .as("companies on Chinese providers at each year's end")
                .containsExactly(1L, 1L, 2L, 2L, 2L, 1L, 1L);
        assertThat(page).contains("data-year=\"2016\"");

        JsonNode sectors = chart(page, "sector-chart");
        assertThat(sectors.get("labels").valueStream().map(JsonNode::asString)).contains("Travel and mobility");
        assertThat(page).contains("id=\"region-table\"").contains("data-key=\"" + region.getCode() + "\"");

        JsonNode flows = chart(page, "flow-chart");
        assertThat(flows.get("labels").valueStream().map(JsonNode::asString)).containsExactly("China → US");
        assertThat(page).contains("href=\"/migrations?fromProvider=" + cnProvider.getSlug());
        assertThat(page).contains("/migrations?fromOrigin=CN&amp;toOrigin=US");
        assertThat(flows.get("links").get(0).asString()).startsWith("/migrations?fromOrigin=CN&toOrigin=US");
        assertThat(timeline.get("links").get(0).get(0).asString())
                .isEqualTo("/companies?origin=US&asOf=2014-12-31&region=" + region.getCode());
        assertThat(page).containsPattern("data-metric=\"recent-migrations\">\\d+<");
        assertThat(page).contains(mover.getName());
    }

    @Test
    void setsTheChuhaiSplitBesideTheWorldMarket() throws Exception {
        String page = page("/?asOf=2024-06-30&region=" + region.getCode());

        JsonNode market = chart(page, "market-chart");
        assertThat(market.get("series")).hasSize(2);
        assertThat(market.get("series").get(0).get("values").get(0).decimalValue())
                .isEqualByComparingTo("100.0");
        assertThat(market.get("series").get(1).get("muted").asBoolean()).isTrue();
        assertThat(page).contains("id=\"market-table\"");
    }

    @Test
    void showsAHostileProviderNameAsText() throws Exception {
        String page = page("/?region=" + region.getCode());

        assertThat(page)
                .doesNotContain("<img src=x")
                .doesNotContain("<script>alert")
                .contains(HtmlUtils.htmlEscape(HOSTILE));
    }

    @Test
    void answersBadFiltersWithA400AndSaysSo() {
        assertThat(mvc.get().uri("/?asOf=yesterday"))
                .hasStatus(400)
                .bodyText()
                .contains("Some filters were not understood");
        assertThat(mvc.get().uri("/?region=nowhere")).hasStatus(400);
        assertThat(mvc.get().uri("/?sector=MINING")).hasStatus(400);
        assertThat(mvc.get().uri("/?asOf=-999999999-01-01")).hasStatus(400);
        assertThat(mvc.get().uri("/companies?provider=aws&asOf=+999999999-12-31"))
                .hasStatus(400);
        assertThat(mvc.get().uri("/migrations?from=-999999999-01-01")).hasStatus(400);
    }

    @Test
    void answersWhereTheDataLivesInOneSentenceWhoseNumbersLeadToTheCompanies() throws Exception {
        Region hub = data.region(RegionCategory.NEUTRAL_HUB);
        data.adoption(data.company(Sector.GAMING, 2010), usProvider, hub, year(2015), null);
        data.adoption(data.company(Sector.FINTECH, 2010), null, hub, year(2018), null);

        String page = page("/?asOf=2024-06-30&region=" + hub.getCode());

        assertThat(HtmlUtils.htmlUnescape(page.replaceAll("<[^>]+>", "")))
                .contains("Of 2 tracked companies, 0 keep data in a destination market, 2 in a neutral hub and 0 in"
                        + " mainland China.");
        assertThat(page)
                .contains("href=\"/companies?regionCategory=NEUTRAL_HUB&amp;asOf=2024-06-30&amp;region=" + hub.getCode()
                        + "\"");
        JsonNode residency = chart(page, "residency-chart");
        assertThat(residency.get("labels").valueStream().map(JsonNode::asString))
                .containsExactly("Destination markets", "Neutral hubs", "Mainland China", "Other regions");
        assertThat(residency
                        .get("series")
                        .valueStream()
                        .map(series -> series.get("values").get(1).asLong()))
                .as("the hub's companies per origin: US, CN, OTHER, UNDISCLOSED")
                .containsExactly(1L, 0L, 0L, 1L);
        assertThat(HtmlUtils.htmlUnescape(page("/?lang=fr&asOf=2024-06-30&region=" + hub.getCode())
                        .replaceAll("<[^>]+>", "")))
                .contains("Sur 2 entreprises suivies, 0 conservent des données dans un marché de destination, 2 dans"
                        + " un hub neutre et 0 en Chine continentale.")
                .as("an apostrophe of a message without arguments shows once")
                .contains("aujourd'hui")
                .doesNotContain("''");
    }

    private String page(String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private JsonNode chart(String page, String canvasId) {
        Matcher matcher = Pattern.compile("<canvas id=\"" + canvasId + "\"[^>]*data-chart=\"([^\"]*)\"")
                .matcher(page);
        assertThat(matcher.find()).as("canvas %s with chart data", canvasId).isTrue();
        return json.readTree(HtmlUtils.htmlUnescape(matcher.group(1)));
    }
}
