package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TcpProxy;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * An instance of the app whose PostgreSQL (the real one, behind a relay that can drop it like a stopped
 * server) goes away and comes back: fast 503s, a friendly page, health DOWN, then recovery by itself
 * with nothing lost.
 */
@IntegrationTest
class DatabaseOutageTest {

    /** "Within a few seconds": the pool waits 2 s for a connection. */
    private static final Duration PROMPT = Duration.ofSeconds(5);

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    TestData data;

    TcpProxy proxy;
    AppInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void answersUnavailableWhileTheDatabaseIsDownAndRecoversByItself() {
        URI real = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
        proxy = TcpProxy.to(real.getHost(), real.getPort());
        String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + real.getPath();
        app = AppInstance.start(viaProxy, database.getUsername(), database.getPassword());
        Login editor = data.user(Role.EDITOR);
        String before = TestData.unique("before-outage");
        assertThat(app.postJson("/api/v1/companies", company(before), editor).statusCode())
                .isEqualTo(201);

        proxy.cut();

        HttpResponse<String> list = timed(() -> app.get("/api/v1/companies?q=" + before));
        assertThat(list.statusCode()).isEqualTo(503);
        assertThat(list.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(list.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(list.body())
                .contains("\"status\":503")
                .doesNotContain("Exception")
                .doesNotContain("SQL");

        String during = TestData.unique("during-outage");
        HttpResponse<String> write = timed(() -> app.postJson("/api/v1/companies", company(during), editor));
        assertThat(write.statusCode()).isEqualTo(503);

        HttpResponse<String> page = timed(() -> app.get("/companies?q=" + before));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");
        assertThat(timed(() -> app.get("/companies?q=" + before + "&lang=fr")).body())
                .contains("Temporairement indisponible");

        HttpResponse<String> form = timed(() -> app.get("/login"));
        assertThat(form.statusCode())
                .as("the sign-in form needs no session, so no database")
                .isEqualTo(200);
        HttpResponse<String> signIn = timed(() -> app.signIn(editor));
        assertThat(signIn.statusCode())
                .as("signing in, which needs the database: refused, never a 500")
                .isIn(302, 503);
        assertThat(signIn.headers().firstValue("Location").orElse(""))
                .as("never signed in")
                .doesNotEndWith("/admin");
        assertThat(signIn.body()).doesNotContain("Exception");

        HttpResponse<String> health = timed(() -> app.get("/actuator/health"));
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(timed(() -> app.get("/actuator/health/readiness")).statusCode())
                .isEqualTo(503);
        assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        proxy.restore();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (app.get("/actuator/health").statusCode() != 200) {
            assertThat(System.nanoTime()).as("healthy again within 30 s").isLessThan(deadline);
            sleep();
        }
        assertThat(app.get("/api/v1/companies/" + before).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/companies/" + during).statusCode())
                .as("the write refused during the outage was not kept")
                .isEqualTo(404);
        assertThat(app.get("/companies?q=" + before).body()).contains(before);
        String after = TestData.unique("after-outage");
        assertThat(app.postJson("/api/v1/companies", company(after), editor).statusCode())
                .isEqualTo(201);
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        long started = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
        return response;
    }

    private static String company(String slug) {
        return """
                {"slug": "%s", "name": "Outage Co", "sector": "GAMING"}""".formatted(slug);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
