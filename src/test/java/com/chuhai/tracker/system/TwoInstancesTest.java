package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances started at once on one new, empty PostgreSQL database behave as one: the schema is
 * migrated once, a write through either is read through the other (statistics within the sync
 * interval), and a sign-in session works on both.
 */
@IntegrationTest
class TwoInstancesTest {

    /** The documented bound is app.cache.sync-interval (2 s by default); this test uses 1 s. */
    private static final Duration SYNC = Duration.ofSeconds(1);

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    JdbcClient jdbc;

    String databaseName;
    AppInstance first;
    AppInstance second;

    @AfterEach
    void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        if (databaseName != null) {
            jdbc.sql("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)")
                    .update();
        }
    }

    @Test
    void twoInstancesOnOneDatabaseBehaveAsOne() {
        databaseName = "chuhai_two_"
                + TestData.unique("db").substring(3).replace("-", "_").toLowerCase(Locale.ROOT);
        jdbc.sql("CREATE DATABASE " + databaseName).update();
        URI real = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + real.getHost() + ":" + real.getPort() + "/" + databaseName;
        String password = TestData.unique("first-admin-password");
        String[] settings = {"app.admin.password=" + password, "app.cache.sync-interval=" + SYNC};

        CompletableFuture<AppInstance> a = CompletableFuture.supplyAsync(
                () -> AppInstance.start(url, database.getUsername(), database.getPassword(), settings));
        CompletableFuture<AppInstance> b = CompletableFuture.supplyAsync(
                () -> AppInstance.start(url, database.getUsername(), database.getPassword(), settings));
        first = a.join();
        second = b.join();

        JdbcClient fresh = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                url, database.getUsername(), database.getPassword()));
        assertThat(fresh.sql(
                                "SELECT COUNT(*) - COUNT(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL")
                        .query(Long.class)
                        .single())
                .as("every migration applied once")
                .isZero();
        assertThat(fresh.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(fresh.sql("SELECT COUNT(*) FROM app_user WHERE role = 'ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Login admin = new Login("admin", password);
        long trackedBefore = tracked(second);
        String slug = TestData.unique("two-instances");
        assertThat(first.postJson("/api/v1/companies", """
                        {"slug": "%s", "name": "Two Instances Co", "sector": "GAMING"}""".formatted(slug), admin)
                        .statusCode())
                .isEqualTo(201);
        assertThat(second.get("/api/v1/companies/" + slug).statusCode())
                .as("read at once through the other instance")
                .isEqualTo(200);
        assertThat(first.postJson("/api/v1/adoptions", """
                        {"company": "%s", "provider": "aws", "region": "us", "startDate": "2020-01-01",
                         "confidence": "REPORTED"}""".formatted(slug), admin)
                        .statusCode())
                .isEqualTo(201);

        // The promise is one sync interval; a busy CI machine may add seconds to any single step, so
        // the test allows ten: without the watcher the write would never show.
        long deadline = System.nanoTime() + SYNC.multipliedBy(10).toNanos();
        while (tracked(second) != trackedBefore + 1) {
            assertThat(System.nanoTime())
                    .as("the other instance's statistics show the write within the sync interval")
                    .isLessThan(deadline);
            pause();
        }

        List<String> session = signIn(first, admin);
        HttpResponse<String> admin2 = second.send(
                second.request("/admin").header("Cookie", session.get(0)).GET());
        assertThat(admin2.statusCode())
                .as("the session made on the first works on the second")
                .isEqualTo(200);
        assertThat(admin2.body()).contains("admin");
    }

    /** Signs in through the form; the session cookie. */
    private static List<String> signIn(AppInstance app, Login login) {
        HttpResponse<String> signedIn = app.signIn(login);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/admin"));
        return List.of(AppInstance.cookie(signedIn, "SESSION"));
    }

    private static long tracked(AppInstance app) {
        Matcher matcher = Pattern.compile("\"tracked\":(\\d+)")
                .matcher(app.get("/api/v1/stats/overview").body());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
