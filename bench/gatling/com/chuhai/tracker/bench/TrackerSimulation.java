package com.chuhai.tracker.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;

/**
 * The load of the benchmark (bench/run.sh starts the app; bench/report.py turns this run's numbers
 * into the table and checks the budgets). Three passes, one after the other, each endpoint alone:
 *
 * <ol>
 *   <li><b>uncached</b>: one user after another request against the app started with caching off,
 *       so each statistic is computed for every request;
 *   <li><b>cached</b>: {@code bench.users} users at once against the app as deployed, each endpoint
 *       for {@code bench.duration} seconds after {@code bench.warmup} seconds of load not counted
 *       (requests named "warm-up …"), beside {@code /actuator/health/liveness} as the baseline;
 *   <li><b>one client</b>: each list at page 0 and at a deep page, taking turns, one request at a time,
 *       so that a deep page's time is a request's and not a queue's.
 * </ol>
 *
 * Any request answered other than 2xx fails the run.
 */
public class TrackerSimulation extends Simulation {

    private static final String CACHED = System.getProperty("bench.cached", "http://127.0.0.1:8081");
    private static final String UNCACHED = System.getProperty("bench.uncached", "http://127.0.0.1:8082");
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("bench.duration", 20));
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 5));
    private static final int USERS = Integer.getInteger("bench.users", 16);
    private static final int LIST_REQUESTS = Integer.getInteger("bench.listRequests", 300);

    /** The throughput baseline: a request that does nothing. */
    static final String TRIVIAL = "/actuator/health/liveness";

    static final List<String> STATISTICS =
            List.of("/api/v1/stats/overview", "/api/v1/stats/timeline", "/api/v1/stats/flows", "/");

    /**
     * Each list at page 0 and at its deep page: row 40,000 of the API lists (page 1999 of 20); the
     * HTML lists show 25 a page, and 100,000 companies make about 48,000 migrations, so the migrations
     * page's deep page is 1899.
     */
    static final List<List<String>> LISTS = List.of(
            List.of("/api/v1/companies?page=0&size=20", "/api/v1/companies?page=1999&size=20"),
            List.of("/api/v1/adoptions?page=0&size=20", "/api/v1/adoptions?page=1999&size=20"),
            List.of("/api/v1/migrations?page=0&size=20", "/api/v1/migrations?page=1999&size=20"),
            List.of("/companies?page=0", "/companies?page=1999"),
            List.of("/migrations?page=0", "/migrations?page=1899"));

    private final HttpProtocolBuilder protocol = http.acceptEncodingHeader("gzip")
            .acceptLanguageHeader("en")
            .acceptHeader("application/json, text/html;q=0.9")
            .disableCaching();

    {
        PopulationBuilder load = uncached(STATISTICS.get(0));
        for (String path : STATISTICS.subList(1, STATISTICS.size())) {
            load = load.andThen(uncached(path));
        }
        load = load.andThen(cached(TRIVIAL));
        for (String path : STATISTICS) {
            load = load.andThen(cached(path));
        }
        for (List<String> list : LISTS) {
            load = load.andThen(cached(list.get(0))).andThen(cached(list.get(1)));
        }
        for (List<String> list : LISTS) {
            load = load.andThen(oneClient(list.get(0), list.get(1)));
        }
        setUp(load)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    private static PopulationBuilder uncached(String path) {
        return scenario("uncached " + path)
                .during(DURATION)
                .on(get("uncached " + path, UNCACHED + path))
                .injectOpen(CoreDsl.atOnceUsers(1));
    }

    private static PopulationBuilder cached(String path) {
        return scenario("cached " + path)
                .during(WARMUP)
                .on(get("warm-up " + path, CACHED + path))
                .during(DURATION)
                .on(get("cached " + path, CACHED + path))
                .injectOpen(CoreDsl.atOnceUsers(USERS));
    }

    private static PopulationBuilder oneClient(String first, String deep) {
        return scenario("one client " + deep)
                .repeat(LIST_REQUESTS / 2)
                .on(get("one client " + first, CACHED + first), get("one client " + deep, CACHED + deep))
                .injectOpen(CoreDsl.atOnceUsers(1));
    }

    private static ChainBuilder get(String name, String url) {
        return exec(http(name).get(url).check(status().in(200, 201, 204)));
    }
}
