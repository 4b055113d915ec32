package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A burst of 32 anonymous clients asking statistics one after another, each request with a filter no
 * other asked for (so none is cached), against an instance holding 15,000 synthetic companies on the
 * real PostgreSQL, kept up while the checks run: the statistics run behind
 * their budget, so cached reads, pages without statistics, sign-in, writes and readiness keep working,
 * and a statistics request that cannot have its turn soon enough answers 503 with Retry-After and a
 * problem that says why (never the database-outage answer).
 */
@IntegrationTest
class StatisticsBurstTest {

    private static final int BURST = 32;

    /** Enough that uncached statistics take real work, few enough to load in seconds. */
    private static final int COMPANIES = 15_000;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    JdbcClient jdbc;

    String databaseName;
    AppInstance app;
    ExecutorService clients;

    @AfterEach
    void stop() {
        if (clients != null) {
            clients.shutdownNow();
        }
        if (app != null) {
            app.close();
        }
        if (databaseName != null) {
            jdbc.sql("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)")
                    .update();
        }
    }

    @Test
    void aBurstOfUncachedStatisticsLeavesEverythingElseWorking() {
        databaseName = "chuhai_burst_"
                + TestData.unique("db").substring(3).replace("-", "_").toLowerCase(Locale.ROOT);
        jdbc.sql("CREATE DATABASE " + databaseName).update();
        URI real = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + real.getHost() + ":" + real.getPort() + "/" + databaseName;
        String password = TestData.unique("burst-admin-password");
        app = AppInstance.start(
                url,
                database.getUsername(),
                database.getPassword(),
                "app.admin.password=" + password,
                "app.synthetic.companies=" + COMPANIES);
        Login admin = new Login("admin", password);
        assertThat(app.get("/api/v1/companies/tiktok").statusCode()).isEqualTo(200);

        clients = Executors.newFixedThreadPool(BURST);
        AtomicBoolean over = new AtomicBoolean();
        AtomicInteger filters = new AtomicInteger();
        List<CompletableFuture<List<HttpResponse<String>>>> burst = new ArrayList<>();
        for (int client = 0; client < BURST; client++) {
            burst.add(CompletableFuture.supplyAsync(
                    () -> {
                        List<HttpResponse<String>> answers = new ArrayList<>();
                        while (!over.get()) {
                            answers.add(app.send(app.request(uncachedStatistic(filters.getAndIncrement()))
                                    .header("Accept", "text/html,application/json")));
                        }
                        return answers;
                    },
                    clients));
        }

        awaitStatisticsBeingComputed(admin);
        List<Long> cachedReads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cachedReads.add(timed(() -> {
                HttpResponse<String> cached = app.get("/api/v1/companies/tiktok");
                assertThat(cached.statusCode())
                        .as("a cached read during the burst")
                        .isEqualTo(200);
                return cached;
            }));
        }
        assertThat(cachedReads.stream().sorted().toList().get(1))
                .as("a cached read answers within 500 ms (median of three, in ms)")
                .isLessThan(500L);
        assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(app.get("/companies?q=tiktok").statusCode())
                .as("a page without statistics")
                .isEqualTo(200);
        assertThat(app.get("/login").statusCode()).as("the sign-in page").isEqualTo(200);
        String slug = TestData.unique("burst");
        assertThat(app.postJson(
                                "/api/v1/companies",
                                "{\"slug\": \"%s\", \"name\": \"Burst Co\", \"sector\": \"GAMING\"}".formatted(slug),
                                admin)
                        .statusCode())
                .as("a write")
                .isEqualTo(201);

        over.set(true);
        List<HttpResponse<String>> answers =
                burst.stream().flatMap(client -> client.join().stream()).toList();
        assertThat(answers)
                .allSatisfy(answer -> assertThat(answer.statusCode())
                        .as(answer.uri() + ": "
                                + answer.body()
                                        .substring(
                                                0, Math.min(200, answer.body().length())))
                        .isIn(200, 503));
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 503))
                .allSatisfy(busy -> {
                    assertThat(busy.headers().firstValue("Retry-After")).isPresent();
                    if (busy.uri().getPath().startsWith("/api/")) {
                        assertThat(busy.headers().firstValue("Content-Type"))
                                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                        assertThat(busy.body()).contains("statistics are being computed");
                    } else {
                        assertThat(busy.body()).contains("Busy right now").doesNotContain("Temporarily unavailable");
                    }
                });
    }

    /** A statistic no earlier request asked for, so never cached: the n-th distinct filter. */
    private static String uncachedStatistic(int n) {
        return switch (n % 3) {
            case 0 -> "/api/v1/stats/timeline?from=" + (1967 + n % 50) + "&to=" + (2026 - n / 150 % 10);
            case 1 -> "/api/v1/stats/overview?asOf=" + LocalDate.of(2000, 1, 1).plusDays(n);
            default -> "/?asOf=" + LocalDate.of(2000, 1, 1).plusDays(n);
        };
    }

    /** Until the burst has taken the statistics' budget (its metric shows computations running). */
    private void awaitStatisticsBeingComputed(Login admin) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            String metrics = app.send(
                            app.request("/actuator/prometheus").header("Authorization", AppInstance.basic(admin)))
                    .body();
            java.util.regex.Matcher computing = java.util.regex.Pattern.compile(
                            "(?m)^app_statistics_computing(?:\\{[^}]*})? ([0-9.]+)$")
                    .matcher(metrics);
            if (computing.find() && Double.parseDouble(computing.group(1)) >= 1) {
                return;
            }
            boolean burstOver = clients.isShutdown();
            assertThat(System.nanoTime())
                    .as("the burst began computing statistics")
                    .isLessThan(deadline);
            assertThat(burstOver).isFalse();
            Thread.onSpinWait();
        }
    }

    private static long timed(Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        request.get();
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
