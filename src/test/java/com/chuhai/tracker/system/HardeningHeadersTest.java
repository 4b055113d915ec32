package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.IntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The hardening headers are on every answer, once each: pages and API answers, and the refusals of
 * the filters that answer before Spring Security's (a NUL in the query, too large a body).
 */
@IntegrationTest
class HardeningHeadersTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY,
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin");

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyAnswerCarriesTheHardeningHeadersOnce() {
        MvcTestResult page = mvc.get().uri("/companies").exchange();
        MvcTestResult api = mvc.get().uri("/api/v1/companies").exchange();
        MvcTestResult nul =
                mvc.get().uri(URI.create("/api/v1/companies?region=%00")).exchange();
        MvcTestResult nulPage = mvc.get().uri(URI.create("/companies?q=%00")).exchange();
        MvcTestResult tooLarge = mvc.post()
                .uri("/api/v1/suggestions")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"note\": \"" + "x".repeat(70_000) + "\"}")
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(api).hasStatusOk();
        assertThat(nul).hasStatus(400);
        assertThat(nulPage).hasStatus(400);
        assertThat(tooLarge).hasStatus(413);
        for (MvcTestResult answer : List.of(page, api, nul, nulPage, tooLarge)) {
            String what = answer.getRequest().getRequestURI() + " "
                    + answer.getResponse().getStatus();
            EXPECTED.forEach((header, value) -> assertThat(answer.getResponse().getHeaders(header))
                    .as("%s: %s", what, header)
                    .containsExactly(value));
        }
        assertThat(page.getResponse().getHeader("Content-Security-Policy"))
                .as("Spring Security still writes the rest")
                .contains("default-src 'self'");
    }
}
