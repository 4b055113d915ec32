package com.chuhai.tracker.support;

import com.chuhai.tracker.ChuhaiCloudTrackerApplication;
import com.chuhai.tracker.support.TestData.Login;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another whole instance of the app, on its own port, as a second server or a server whose database
 * goes away: spoken to over real HTTP.
 */
public final class AppInstance implements AutoCloseable {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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

    /**
     * Posts the sign-in form as a browser would: the form page first (its CSRF token, in the page and
     * in a cookie), then the POST with both. {@code headers} (name, value, …) go with both requests.
     */
    public HttpResponse<String> signIn(Login login, String... headers) {
        HttpRequest.Builder page = request("/login");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            page.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> form = send(page.GET());
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (!csrf.find()) {
            throw new AssertionError("no CSRF field on the sign-in page: " + form.statusCode());
        }
        String body = "username=" + URLEncoder.encode(login.username(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(login.password(), StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpRequest.Builder post = request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(form, "XSRF-TOKEN"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return send(post.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The cookie {@code name} an answer set, as "name=value" for a Cookie header. */
    public static String cookie(HttpResponse<?> response, String name) {
        return setCookie(response, name).split(";", 2)[0];
    }

    /** The whole Set-Cookie header of {@code name}, attributes included. */
    public static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
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
