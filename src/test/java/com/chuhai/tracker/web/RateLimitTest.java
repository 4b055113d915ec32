package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in attempts (forms, wrong HTTP Basic credentials) and anonymous statistics are rate-limited per
 * client address: 429 with Retry-After.
 */
@IntegrationTest
@TestPropertySource(properties = {"app.rate-limit.sign-in-per-minute=3", "app.rate-limit.statistics-per-minute=4"})
class RateLimitTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Test
    void aClientPostingSignInFormsTooFastIsToldToWaitOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            signIn("198.51.100.1").hasStatus(302);
        }
        signIn("198.51.100.1").hasStatus(429).headers().containsHeader("Retry-After");
        signIn("198.51.100.2").as("another address").hasStatus(302);
    }

    @Test
    void anonymousStatisticsAreLimitedPerAddressSignedInEditorsAreNot() {
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.get().uri("/api/v1/stats/overview").with(from("203.0.113.50")))
                    .hasStatusOk();
        }
        assertThat(mvc.get().uri("/api/v1/stats/overview").with(from("203.0.113.50")))
                .hasStatus(429)
                .hasContentTypeCompatibleWith("application/problem+json")
                .bodyText()
                .contains("Too many statistics requests");
        assertThat(mvc.get().uri("/").with(from("203.0.113.50")))
                .as("the dashboard shares the statistics' limit")
                .hasStatus(429);
        assertThat(mvc.head().uri("/api/v1/stats/overview").with(from("203.0.113.50")))
                .as("HEAD runs the same work")
                .hasStatus(429);
        assertThat(mvc.get()
                        .uri(java.net.URI.create("/api/v1/%73tats/overview"))
                        .with(from("203.0.113.50")))
                .as("an encoded path is the same path")
                .hasStatus(429);
        assertThat(mvc.get().uri("/companies").with(from("203.0.113.50")))
                .as("pages without statistics are not limited")
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/stats/overview")
                        .with(from("203.0.113.50"))
                        .with(user("editor").roles("EDITOR")))
                .as("a signed-in editor")
                .hasStatusOk();
    }

    @Test
    void wrongHttpBasicCredentialsCountAsSignInAttemptsRightOnesDoNot() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i < 6; i++) {
            assertThat(mvc.get()
                            .uri("/api/v1/suggestions")
                            .with(httpBasic(editor.username(), editor.password()))
                            .with(from("198.51.100.20")))
                    .as("a script that signs in correctly is never slowed (%d)", i)
                    .hasStatusOk();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(mvc.get()
                            .uri("/api/v1/suggestions")
                            .with(httpBasic(editor.username(), "wrong-" + i))
                            .with(from("198.51.100.20")))
                    .hasStatus(401);
        }
        MvcTestResult limited = mvc.get()
                .uri("/api/v1/suggestions")
                .with(httpBasic(editor.username(), editor.password()))
                .with(from("198.51.100.20"))
                .exchange();
        assertThat(limited)
                .as("past the limit, even the right password waits: no more guesses from this address")
                .hasStatus(429)
                .hasContentTypeCompatibleWith("application/problem+json");
        assertThat(limited.getResponse().getHeader("Retry-After")).isNotBlank();
        for (String header : List.of("Permissions-Policy", "Cross-Origin-Opener-Policy", "X-Content-Type-Options")) {
            assertThat(limited.getResponse().getHeaders(header))
                    .as("a refusal before Spring Security still carries %s", header)
                    .hasSize(1);
        }
        assertThat(mvc.get()
                        .uri("/api/v1/suggestions")
                        .with(httpBasic(editor.username(), editor.password()))
                        .with(from("198.51.100.21")))
                .as("another address")
                .hasStatusOk();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResultAssert signIn(String address) {
        return assertThat(mvc.post()
                .uri("/login")
                .param("username", "nobody-" + address)
                .param("password", "wrong")
                .with(csrf())
                .with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
