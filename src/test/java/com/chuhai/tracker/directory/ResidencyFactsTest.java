package com.chuhai.tracker.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The second wave of shipped facts as a reader finds them: data whose operator is not disclosed, and
 * BIGO's relocation from Hong Kong to Singapore, on the pages and in the API.
 */
@IntegrationTest
class ResidencyFactsTest {

    @Autowired
    Api api;

    @Test
    void nioKeepsEuropeanDataInEuropeWithAnOperatorNotDisclosed() {
        String page = api.get("/companies/nio", "text/html").body();

        assertThat(page)
                .contains("data-undisclosed")
                .contains("not disclosed")
                .contains("Europe (EU/EEA)")
                .contains("https://www.elektroauto-news.net/news/bayern-datenschutz-verfahren-gegen-nio");
        JsonNode adoption =
                api.get("/api/v1/adoptions?company=nio").json().get("content").get(0);
        assertThat(adoption.get("provider").isNull()).isTrue();
        assertThat(adoption.get("region").asString()).isEqualTo("eu");
    }

    @Test
    void companiesWithAnUndisclosedOperatorAreFoundByThatOrigin() {
        String page = api.get("/companies?origin=UNDISCLOSED&asOf=2026-01-01", "text/html")
                .body();

        assertThat(page)
                .contains("data-company=\"nio\"")
                .contains("data-company=\"aliexpress\"")
                .contains("data-company=\"huawei\"")
                .contains("data-company=\"shein\"")
                .doesNotContain("data-company=\"tiktok\"");
    }

    @Test
    void bigosRelocationFromHongKongToSingaporeShowsOnItsPageInTheListAndInTheFlows() {
        assertThat(api.get("/companies/bigo", "text/html").body())
                .contains(
                        "Announced moving its data from Hong Kong to Singapore (Own data centres → Own data centres)");
        assertThat(api.get("/migrations?company=bigo", "text/html").body()).contains("Hong Kong → Singapore");

        JsonNode migration =
                api.get("/api/v1/migrations?company=bigo").json().get("content").get(0);
        assertThat(migration.get("fromRegion").asString()).isEqualTo("hk");
        assertThat(migration.get("toRegion").asString()).isEqualTo("sg");
        assertThat(migration.get("region").isNull()).isTrue();

        JsonNode regions = api.get("/api/v1/stats/flows?from=2020-01-01&to=2020-12-31")
                .json()
                .get("regions");
        assertThat(regions.valueStream()
                        .map(flow -> flow.get("from").asString() + "→"
                                + flow.get("to").asString()))
                .contains("hk→sg");
        assertThat(api.get("/?from=2020&to=2020&asOf=2020-12-31", "text/html").body())
                .contains("id=\"region-flow-table\"")
                .contains("data-from=\"hk\"");
    }

    @Test
    void regionPagesShowUndisclosedOperatorsAndTheRelocationsLeavingOrReachingThem() {
        assertThat(api.get("/regions/ru", "text/html").body())
                .contains("data-undisclosed")
                .contains("Operator not disclosed")
                .contains("1 with an operator not disclosed")
                .contains("data-company=\"aliexpress\"");
        assertThat(api.get("/regions/hk", "text/html").body())
                .contains("data-relocation")
                .contains("Hong Kong → Singapore");
        assertThat(api.get("/regions/sg", "text/html").body()).contains("Hong Kong → Singapore");
    }

    @Test
    void theOverviewSaysWhereTheDataLivesPerKindOfRegion() {
        JsonNode categories =
                api.get("/api/v1/stats/overview?asOf=2026-01-01").json().get("byRegionCategory");

        assertThat(categories.valueStream().map(entry -> entry.get("category").asString()))
                .containsExactly("MAJOR_MARKET", "NEUTRAL_HUB", "MAINLAND_CHINA", "OTHER");
        JsonNode destinations = categories.get(0);
        assertThat(destinations.get("UNDISCLOSED").asLong())
                .as("NIO, AliExpress, Huawei, Shein India at least")
                .isGreaterThanOrEqualTo(4);
        assertThat(destinations.get("tracked").asLong())
                .isGreaterThanOrEqualTo(destinations.get("US").asLong());
    }
}
