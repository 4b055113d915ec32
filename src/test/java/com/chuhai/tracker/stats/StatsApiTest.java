package com.chuhai.tracker.stats;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The statistics over HTTP give the numbers of the counting rules, in the documented shape. */
@IntegrationTest
class StatsApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    Region region;
    CloudProvider us;
    CloudProvider cn;

    @BeforeEach
    void setUp() {
        region = data.region();
        us = data.provider("US");
        cn = data.provider("CN");
        Company both = data.company(Sector.GAMING, 2010);
        data.adoption(both, us, region, year(2015), null);
        data.adoption(both, cn, region, year(2016), null);
        Company usOnly = data.company(Sector.FINTECH, 2010);
        data.unsourcedAdoption(usOnly, us, region, year(2020), null);
        data.migration(usOnly, region, cn, us, day(LocalDate.of(2019, 12, 1)), MigrationStatus.COMPLETED);
        data.migration(both, region, cn, null, day(LocalDate.of(2020, 3, 1)), MigrationStatus.ANNOUNCED);
        data.migration(both, region, us, cn, day(LocalDate.of(2020, 4, 1)), MigrationStatus.CANCELLED);
    }

    @Test
    void overviewCountsCompaniesByOriginProviderRegionAndSector() {
        JsonNode overview = api.get("/api/v1/stats/overview?asOf=2024-06-30&region=" + region.getCode())
                .json();

        assertThat(overview.get("asOf").asString()).isEqualTo("2024-06-30");
        assertThat(overview.get("tracked").asLong()).isEqualTo(2);
        JsonNode byOrigin = overview.get("byOrigin");
        assertThat(byOrigin.get("US").asLong()).isEqualTo(2);
        assertThat(byOrigin.get("CN").asLong()).isEqualTo(1);
        assertThat(byOrigin.get("OTHER").asLong()).isZero();
        assertThat(byOrigin.get("both").asLong()).isEqualTo(1);
        assertThat(overview.get("unsourced").asLong()).isEqualTo(1);
        JsonNode usEntry = overview.get("byProvider")
                .valueStream()
                .filter(p -> p.get("provider").asString().equals(us.getSlug()))
                .findFirst()
                .orElseThrow();
        assertThat(usEntry.get("companies").asLong()).isEqualTo(2);
        assertThat(usEntry.get("origin").asString()).isEqualTo("US");
        JsonNode regionEntry = overview.get("byRegion")
                .valueStream()
                .filter(r -> r.get("region").asString().equals(region.getCode()))
                .findFirst()
                .orElseThrow();
        assertThat(regionEntry.get("US").asLong()).isEqualTo(2);
        assertThat(regionEntry.get("CN").asLong()).isEqualTo(1);
        JsonNode gaming = overview.get("bySector")
                .valueStream()
                .filter(s -> s.get("sector").asString().equals("GAMING"))
                .findFirst()
                .orElseThrow();
        assertThat(gaming.get("US").asLong()).isEqualTo(1);
        assertThat(gaming.get("CN").asLong()).isEqualTo(1);
    }

    @Test
    void overviewNarrowsBySector() {
        JsonNode overview = api.get("/api/v1/stats/overview?asOf=2024-06-30&sector=FINTECH&region=" + region.getCode())
                .json();

        assertThat(overview.get("tracked").asLong()).isEqualTo(1);
        assertThat(overview.get("byOrigin").get("CN").asLong()).isZero();
    }

    @Test
    void timelineGivesOnePointAYearAsOfTheLastDay() {
        JsonNode points = api.get("/api/v1/stats/timeline?from=2014&to=2017&region=" + region.getCode())
                .json()
                .get("points");

        assertThat(points.valueStream().map(p -> p.get("year").asInt())).containsExactly(2014, 2015, 2016, 2017);
        assertThat(points.get(0).get("asOf").asString()).isEqualTo("2014-12-31");
        assertThat(points.valueStream().map(p -> p.get("tracked").asLong())).containsExactly(0L, 1L, 1L, 1L);
        assertThat(points.get(2).get("both").asLong()).isEqualTo(1);
        assertThat(points.get(2).get("US").asLong()).isEqualTo(1);
    }

    @Test
    void flowsCountMigrationsWithUndisclosedDestinationsAsNull() {
        JsonNode flows = api.get("/api/v1/stats/flows?from=2019-01-01&to=2020-12-31&region=" + region.getCode())
                .json();

        assertThat(flows.get("providers")
                        .valueStream()
                        .map(f -> f.get("from").asString() + ">"
                                + (f.get("to").isNull() ? "null" : f.get("to").asString()) + "="
                                + f.get("count").asLong()))
                .containsExactlyInAnyOrder(cn.getSlug() + ">" + us.getSlug() + "=1", cn.getSlug() + ">null=1");
        assertThat(flows.get("origins")
                        .valueStream()
                        .map(f -> f.get("from").asString() + ">"
                                + (f.get("to").isNull() ? "null" : f.get("to").asString()) + "="
                                + f.get("count").asLong()))
                .containsExactlyInAnyOrder("CN>US=1", "CN>null=1");
    }
}
