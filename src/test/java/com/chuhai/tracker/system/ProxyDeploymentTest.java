package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Behind a TLS-terminating proxy that is configured as trusted ({@code server.forward-headers-strategy=native},
 * {@code server.tomcat.remoteip.internal-proxies}), a request the proxy marks {@code X-Forwarded-Proto:
 * https} is an https request: HSTS is sent, the session cookie is Secure, redirects stay on https.
 * Without that setting the header is nobody's word and changes nothing.
 */
@IntegrationTest
class ProxyDeploymentTest {

    private static final String[] FROM_THE_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    TestData data;

    @Autowired
    MockMvcTester mvc;

    AppInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void behindATrustedTlsProxyTheSessionCookieIsSecureHstsIsSentAndRedirectsStayOnHttps() {
        Login editor = data.user(Role.EDITOR);
        app = AppInstance.start(
                database.getJdbcUrl(),
                database.getUsername(),
                database.getPassword(),
                "server.forward-headers-strategy=native",
                "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1");

        HttpResponse<String> page = app.send(app.request("/login")
                .header(FROM_THE_PROXY[0], FROM_THE_PROXY[1])
                .header(FROM_THE_PROXY[2], FROM_THE_PROXY[3])
                .GET());
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        HttpResponse<String> signedIn = app.signIn(editor, FROM_THE_PROXY);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).startsWith("https://").endsWith("/admin"));
        assertThat(AppInstance.setCookie(signedIn, "SESSION"))
                .contains("Secure")
                .contains("HttpOnly");

        HttpResponse<String> plain = app.get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security"))
                .as("no HSTS over plain http")
                .isEmpty();
        HttpResponse<String> plainSignIn = app.signIn(editor);
        assertThat(AppInstance.setCookie(plainSignIn, "SESSION")).doesNotContain("Secure");
    }

    @Test
    void withoutATrustedProxyTheForwardedHeaderChangesNothing() {
        assertThat(mvc.get().uri("/login").header(FROM_THE_PROXY[0], FROM_THE_PROXY[1]))
                .hasStatusOk()
                .doesNotContainHeader("Strict-Transport-Security");
    }
}
