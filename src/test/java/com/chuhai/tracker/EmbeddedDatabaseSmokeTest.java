package com.chuhai.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.GroupCount;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import com.chuhai.tracker.stats.TimelinePoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The app as a newcomer starts it: the embedded H2 default in PostgreSQL mode, migrated by the same
 * Flyway scripts, serving the shipped facts on the dashboard.
 */
@AutoConfigureMetrics
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "app.admin.password=" + EmbeddedDatabaseSmokeTest.ADMIN_PASSWORD
        })
class EmbeddedDatabaseSmokeTest {

    static final String ADMIN_PASSWORD = "ember-quartz-violin-harbour-58";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatsService stats;

    @Test
    void migratesTheEmbeddedDatabaseAndShipsEveryFact() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(count("cloud_provider")).isEqualTo(9 + 3);
        assertThat(count("region")).isEqualTo(8 + 3);
        assertThat(count("company")).isEqualTo(10 + 23);
        assertThat(count("adoption")).isEqualTo(17 + 33);
        assertThat(count("cloud_migration")).isEqualTo(4 + 1);
        assertThat(count("market_share")).isEqualTo(14);
        assertThat(count("source")).isEqualTo(23 + 32);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM adoption WHERE provider_id IS NULL")
                        .query(Long.class)
                        .single())
                .as("NIO, AliExpress, Huawei and Shein India: where the data lives, not who runs it")
                .isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM adoption a
                        WHERE NOT EXISTS (SELECT 1 FROM adoption_source s WHERE s.adoption_id = a.id)""").query(Long.class).single()).isZero();
    }

    @Test
    void servesTheDashboardWithTheShippedFacts() throws Exception {
        // As of 1 January 2021 TikTok still used Alibaba Cloud abroad beside Google Cloud: the one
        // company on US and Chinese providers at once.
        String early = get("/?asOf=2021-01-01");
        assertThat(early)
                .contains("data-metric=\"tracked\">25<")
                .contains("data-metric=\"us\">18<")
                .contains("data-metric=\"cn\">4<")
                .contains("data-metric=\"both\">1<");

        String later = get("/?asOf=2026-01-01");
        assertThat(later)
                .contains("data-metric=\"tracked\">29<")
                .contains("data-metric=\"us\">22<")
                .contains("data-metric=\"cn\">3<")
                .contains("data-metric=\"both\">0<")
                .contains("Oracle Cloud Infrastructure")
                .contains("data-origin=\"UNDISCLOSED\"");
    }

    @Test
    void runsEveryCountingQueryOnTheEmbeddedDatabase() {
        assertThat(stats.timeline(2020, 2021, null, null))
                .extracting(TimelinePoint::year, TimelinePoint::counts)
                .containsExactly(
                        tuple(2020, new OriginCounts(24, 17, 4, 2, 4, 1)),
                        tuple(2021, new OriginCounts(25, 18, 3, 2, 4, 0)));
        assertThat(stats.byRegion(StatsFilter.on(LocalDate.of(2026, 1, 1))))
                .extracting(GroupCount::key, GroupCount::counts)
                .contains(
                        tuple("eu", new OriginCounts(7, 3, 0, 2, 2, 0)),
                        tuple("hk", new OriginCounts(3, 2, 0, 2, 0, 0)),
                        tuple("cn", OriginCounts.NONE));
        assertThat(stats.bySector(StatsFilter.on(LocalDate.of(2026, 1, 1))))
                .extracting(GroupCount::key, GroupCount::counts)
                .contains(tuple("GAMING", new OriginCounts(9, 6, 3, 0, 0, 0)));
        assertThat(stats.flows(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, null)
                        .regions())
                .extracting(Flows.RegionFlow::from, Flows.RegionFlow::to, Flows.RegionFlow::count)
                .containsExactly(tuple("hk", "sg", 1L));
        Flows flows = stats.flows(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null, null);
        assertThat(flows.providers())
                .extracting(Flows.ProviderFlow::from, Flows.ProviderFlow::to, Flows.ProviderFlow::count)
                .containsExactlyInAnyOrder(
                        tuple("alibaba", null, 1L),
                        tuple("self-hosted", "oracle", 1L),
                        tuple("aws", "gcp", 1L),
                        tuple("aws", "azure", 1L));
        assertThat(flows.origins())
                .extracting(Flows.OriginFlow::from, Flows.OriginFlow::to, Flows.OriginFlow::count)
                .containsExactlyInAnyOrder(
                        tuple(Origin.CN, null, 1L),
                        tuple(Origin.OTHER, Origin.US, 1L),
                        tuple(Origin.US, Origin.US, 2L));
    }

    @Test
    void reportsHealthAndMetrics() throws Exception {
        assertThat(get("/actuator/health/liveness")).contains("UP");
        assertThat(get("/actuator/health/readiness")).contains("UP");
        assertThat(get("/actuator/prometheus", "admin:" + ADMIN_PASSWORD)).contains("jvm_memory_used_bytes");
        get("/api/v1/stats/overview?asOf=2019-02-03");
        get("/api/v1/stats/overview?asOf=2019-02-03");
        assertThat(get("/actuator/prometheus", "admin:" + ADMIN_PASSWORD))
                .as("the caches' hits and misses")
                .containsPattern("cache_gets_total\\{cache=\"stats\",[^}]*result=\"hit\"[^}]*} [1-9]")
                .containsPattern("cache_gets_total\\{cache=\"stats\",[^}]*result=\"miss\"[^}]*} [1-9]");
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private String get(String path) throws Exception {
        return get(path, null);
    }

    /** A GET, signed in with HTTP Basic as {@code user:password} unless null. */
    private String get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
        return response.body();
    }
}
