package com.chuhai.tracker.support;

import com.chuhai.tracker.ChuhaiCloudTrackerApplication;
import com.chuhai.tracker.support.TestData.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another whole instance of the app, on its own port, as a second server or a server whose database
 * goes away: spoken to over real HTTP.
 */
public final class AppInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String base;
    private final HttpClient http;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getBean(Environment.class).getProperty("local.server.port");
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Starts an instance on a free port against the database at {@code jdbcUrl}. */
    public static AppInstance start(String jdbcUrl, String username, String password, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + (password == null ? "" : password)));
        for (String property : properties) {
            args.add("--" + property);
        }
        SpringApplicationBuilder builder =
                new SpringApplicationBuilder(ChuhaiCloudTrackerApplication.class).profiles("test");
        // Logging is the JVM's, set up once by the tests: an instance that configured it again would
        // race another instance starting at the same moment ("Unable to find Spring Environment in
        // logger context"), so instances leave it alone and log through it.
        builder.application()
                .setListeners(builder.application().getListeners().stream()
                        .filter(listener -> !(listener instanceof LoggingApplicationListener))
                        .toList());
        return new AppInstance(builder.run(args.toArray(String[]::new)));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's bytes as they came over the wire (still compressed, if they were). */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json, Login login) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(login))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public static String basic(Login login) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((login.username() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        context.close();
    }
}
