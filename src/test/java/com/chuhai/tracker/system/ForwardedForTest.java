package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client's own {@code X-Forwarded-For} is nobody's word: unless a proxy is configured as trusted
 * ({@code server.forward-headers-strategy=native}, {@code server.tomcat.remoteip.internal-proxies}),
 * the limits per client address count the address the connection comes from, whatever the header
 * says; also where Spring Boot would read forwarded headers by itself (on Kubernetes and other cloud
 * platforms, from any private address). On real servers: the headers are read by Tomcat's
 * RemoteIpValve, which MockMvc does not run.
 */
@IntegrationTest
class ForwardedForTest {

    /** Sign-in forms a client address may post a minute on these servers. */
    private static final int SIGN_IN_FORMS = 3;

    /** Where the test's connections come from, as the server sees them (AppInstance speaks to 127.0.0.1). */
    private static final String CONNECTION = "127.0.0.1";

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    JdbcClient jdbc;

    AppInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void withoutATrustedProxyAMadeUpForwardedForDoesNotEscapeTheSignInRateLimit() {
        app = start();

        assertMadeUpAddressesAreOneClient();
    }

    @Test
    void whereBootWouldTrustPrivateAddressesByItselfAMadeUpForwardedForIsIgnoredToo() {
        // Spring Boot reads forwarded headers on its own on a cloud platform, trusting any private
        // address (127.0.0.1 included): a client behind a load balancer that hides its address
        // behind a private one could then name its own. The property stands in for Kubernetes' variables.
        app = start("spring.main.cloud-platform=kubernetes");

        assertMadeUpAddressesAreOneClient();
    }

    @Test
    void behindATrustedProxyEachForwardedAddressIsAClientOfItsOwn() {
        app = start(
                "server.forward-headers-strategy=native", "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");
        Login nobody = new Login(TestData.unique("nobody"), "not-a-password");

        for (int i = 1; i <= SIGN_IN_FORMS + 2; i++) {
            assertThat(signIn(nobody, "198.51.100." + (150 + i)).statusCode())
                    .as("a form from the proxy's client %d", i)
                    .isEqualTo(302);
        }
        assertThat(clientsCounted(nobody))
                .as("the sign-in throttle counted the clients the proxy named")
                .containsExactly(
                        "198.51.100.151", "198.51.100.152", "198.51.100.153", "198.51.100.154", "198.51.100.155");
        for (int i = 1; i < SIGN_IN_FORMS; i++) {
            assertThat(signIn(nobody, "198.51.100.151").statusCode()).isEqualTo(302);
        }
        assertThat(signIn(nobody, "198.51.100.151").statusCode())
                .as("the limit still holds for each client the proxy names")
                .isEqualTo(429);
    }

    /**
     * A burst of sign-in forms, each with an X-Forwarded-For of its own, is counted as the one client
     * it comes from: the forms past the limit are answered 429, and the sign-in throttle saw the
     * connection's address only.
     */
    private void assertMadeUpAddressesAreOneClient() {
        Login nobody = new Login(TestData.unique("nobody"), "not-a-password");

        for (int i = 1; i <= SIGN_IN_FORMS; i++) {
            assertThat(signIn(nobody, "198.51.100." + (140 + i)).statusCode())
                    .as("form %d, within the limit", i)
                    .isEqualTo(302);
        }
        HttpResponse<String> past = signIn(nobody, "198.51.100.149");

        assertThat(past.statusCode()).as("a made-up address is no new client").isEqualTo(429);
        assertThat(past.headers().firstValue("Retry-After")).isPresent();
        assertThat(clientsCounted(nobody))
                .as("the sign-in throttle counted the connection's address")
                .containsExactly(CONNECTION);
    }

    private AppInstance start(String... properties) {
        String[] all = new String[properties.length + 1];
        all[0] = "app.rate-limit.sign-in-per-minute=" + SIGN_IN_FORMS;
        System.arraycopy(properties, 0, all, 1, properties.length);
        return AppInstance.start(database.getJdbcUrl(), database.getUsername(), database.getPassword(), all);
    }

    /** Posts the sign-in form (after its page, for the CSRF token) with {@code forwardedFor} on both. */
    private HttpResponse<String> signIn(Login login, String forwardedFor) {
        return app.signIn(login, "X-Forwarded-For", forwardedFor);
    }

    /** The client addresses the sign-in throttle counted attempts of {@code login} under. */
    private List<String> clientsCounted(Login login) {
        return jdbc.sql("SELECT client FROM sign_in_throttle WHERE username = :username ORDER BY client")
                .param("username", login.username())
                .query(String.class)
                .list();
    }
}
