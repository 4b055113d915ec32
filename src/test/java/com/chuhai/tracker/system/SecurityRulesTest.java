package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped route has the access rule it should have, and access fails closed: a route nobody
 * listed as public is refused. Every route answers a NUL character in its query string with 400.
 */
@IntegrationTest
class SecurityRulesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyReadablePageIsPublicEveryAdminPageNeedsASignInAndNothingElseIsOpen() {
        for (String path : getRoutes()) {
            MvcTestResult anonymous = mvc.get().uri(path).exchange();
            int status = anonymous.getResponse().getStatus();
            String location = anonymous.getResponse().getHeader("Location");
            if (path.equals("/api/v1/suggestions")) {
                assertThat(status).as("the suggestions' queue is for editors").isEqualTo(401);
            } else if (path.startsWith("/admin") || path.startsWith("/account")) {
                assertThat(status).as(path).isEqualTo(302);
                assertThat(location).as(path).endsWith("/login");
            } else {
                assertThat(status).as(path + " is public").isNotIn(401, 403);
                assertThat(location == null || !location.endsWith("/login"))
                        .as(path + " is public")
                        .isTrue();
            }
        }
    }

    @Test
    void aRouteNobodyListedIsRefusedEvenToEditors() {
        assertThat(mvc.get().uri("/a-route-nobody-listed")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/a-route-nobody-listed").with(user("editor").roles("EDITOR")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/actuator/prometheus"))
                .as("metrics need an admin")
                .hasStatus(401);
        assertThat(mvc.get().uri("/actuator/prometheus").with(user("editor").roles("EDITOR")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    @Test
    void everyPageAndEveryApiRouteAnswersANulCharacterWith400() {
        for (String path : getRoutes()) {
            String withNul = path + "?q=%00&region=a%00b";
            assertThat(mvc.get()
                            .uri(java.net.URI.create(withNul))
                            .with(user("admin").roles("ADMIN")))
                    .as(withNul)
                    .hasStatus(400);
        }
        assertThat(mvc.get().uri(java.net.URI.create("/api/v1/companies?region=%00")))
                .hasStatus(400)
                .bodyText()
                .contains("NUL character");
    }

    @Test
    void pagesSendTheBrowserHardeningHeaders() {
        assertThat(mvc.get().uri("/"))
                .hasHeader("Cross-Origin-Opener-Policy", "same-origin")
                .hasHeader("Cross-Origin-Resource-Policy", "same-origin")
                .hasHeader("Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY);
    }

    /** Every GET route, its path variables filled in. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                routes.add(pattern.replaceAll("\\{[^}]+}", "x"));
            }
        }
        List<String> sample = new ArrayList<>(routes);
        assertThat(sample).as("the routes found").contains("/", "/companies/x", "/admin", "/api/v1/companies");
        return routes;
    }
}
