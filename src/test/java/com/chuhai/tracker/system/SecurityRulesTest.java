package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped route has the access rule it should have, for every method it is mapped to, and access
 * fails closed: a route nobody listed as public is refused. Every route answers a NUL character in its
 * query string with 400.
 */
@IntegrationTest
class SecurityRulesTest {

    /**
     * The mapped writes anyone may make (SecurityConfig): readers' suggestions, by form and by the API.
     * Signing in and out are the other two, answered by Spring Security's filters rather than a route.
     */
    private static final Set<String> PUBLIC_WRITES = Set.of(
            "POST /api/v1/suggestions",
            "POST /suggest/adoption",
            "POST /suggest/correction",
            "POST /suggest/migration");

    private static final String[] HEALTH_PROBES = {
        "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
    };

    private static final Set<RequestMethod> WRITES =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /**
     * A client address per request (IPv6 documentation networks, which no other test uses), so that
     * the anonymous suggestions of a walk never meet their rate limit nor use up another test's.
     */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

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
    void everyWriteToAPageNeedsItsCsrfTokenEvenAPublicOne() {
        for (String write : writes()) {
            if (!isApi(write)) {
                assertThat(send(write)).as(write + " without a CSRF token").hasStatus(403);
            }
        }
    }

    @Test
    void anonymousWritesAreRefusedExceptTheReadersSuggestions() {
        for (String write : writes()) {
            MvcTestResult anonymous = send(write, csrf());
            if (PUBLIC_WRITES.contains(write)) {
                assertThat(isRefused(anonymous)).as(write + " is public").isFalse();
            } else if (isApi(write)) {
                assertThat(anonymous).as(write).hasStatus(401);
                assertThat(anonymous.getResponse().getHeader("WWW-Authenticate"))
                        .as(write + " challenges for HTTP Basic")
                        .startsWith("Basic realm=");
            } else {
                assertThat(anonymous).as(write).hasStatus(302);
                assertThat(anonymous.getResponse().getRedirectedUrl())
                        .as(write + " sends to sign in")
                        .endsWith("/login");
            }
        }
    }

    @Test
    void aViewerWritesNothingButWhatAnyoneMayAndTheirOwnPassword() {
        for (String write : writes()) {
            MvcTestResult viewer = send(write, user("viewer").roles("VIEWER"), csrf());
            if (PUBLIC_WRITES.contains(write) || path(write).startsWith("/account")) {
                assertThat(isRefused(viewer)).as(write + " is open to a viewer").isFalse();
            } else {
                assertThat(viewer).as(write + " is refused to a viewer").hasStatus(403);
            }
        }
    }

    @Test
    void editorsWriteTheDataOnlyAdminsTheUsersAndAWriteNobodyListedIsRefusedToAll() {
        for (String write : writes()) {
            MvcTestResult editor = send(write, user("editor").roles("EDITOR"), csrf());
            String path = path(write);
            if (path.startsWith("/admin/users")) {
                assertThat(editor).as(write + " is for admins").hasStatus(403);
                assertThat(isRefused(send(write, user("admin").roles("ADMIN"), csrf())))
                        .as(write + " is open to an admin")
                        .isFalse();
            } else if (isApi(write)
                    || path.startsWith("/admin")
                    || path.startsWith("/account")
                    || PUBLIC_WRITES.contains(write)) {
                assertThat(isRefused(editor))
                        .as(write + " is open to an editor")
                        .isFalse();
            } else {
                assertThat(editor).as(write + " is listed nowhere").hasStatus(403);
                assertThat(send(write, user("admin").roles("ADMIN"), csrf()))
                        .as(write + " is listed nowhere, not even for admins")
                        .hasStatus(403);
            }
        }
    }

    @Test
    void aRouteNobodyListedIsRefusedEvenToEditors() {
        assertThat(mvc.get().uri("/a-route-nobody-listed")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/a-route-nobody-listed").with(user("editor").roles("EDITOR")))
                .hasStatus(403);
        for (RequestMethod method : WRITES) {
            String page = method + " /a-route-nobody-listed";
            assertThat(send(page, csrf()))
                    .as(page)
                    .hasStatus3xxRedirection()
                    .redirectedUrl()
                    .endsWith("/login");
            assertThat(send(page, user("editor").roles("EDITOR"), csrf()))
                    .as(page)
                    .hasStatus(403);
            assertThat(send(page, user("admin").roles("ADMIN"), csrf()))
                    .as(page)
                    .hasStatus(403);
            String api = method + " /api/v1/a-route-nobody-listed";
            assertThat(send(api)).as(api).hasStatus(401);
            assertThat(send(api, user("viewer").roles("VIEWER"))).as(api).hasStatus(403);
        }
    }

    @Test
    void signingInAndOutAreTheOtherPublicWritesAndNeedTheirCsrfTokenToo() {
        String nobody = TestData.unique("nobody");
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", nobody)
                        .param("password", "not-a-password")
                        .with(from(nextClient())))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", nobody)
                        .param("password", "not-a-password")
                        .with(csrf())
                        .with(from(nextClient())))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?error");
        assertThat(mvc.post().uri("/logout")).hasStatus(403);
        assertThat(mvc.post().uri("/logout").with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?loggedOut");
    }

    @Test
    void theActuatorIsForAdminsButItsHealthProbes() {
        for (String path : new String[] {"/actuator", "/actuator/prometheus", "/actuator/info"}) {
            MvcTestResult anonymous = mvc.get().uri(path).exchange();
            assertThat(anonymous).as(path).hasStatus(401);
            assertThat(anonymous.getResponse().getHeader("WWW-Authenticate"))
                    .as(path)
                    .startsWith("Basic realm=");
            assertThat(mvc.post().uri(path)).as("POST " + path).hasStatus(401);
            assertThat(mvc.get().uri(path).with(user("viewer").roles("VIEWER")))
                    .as(path)
                    .hasStatus(403);
            assertThat(mvc.get().uri(path).with(user("editor").roles("EDITOR")))
                    .as(path)
                    .hasStatus(403);
            assertThat(isRefused(mvc.get()
                            .uri(path)
                            .with(user("admin").roles("ADMIN"))
                            .exchange()))
                    .as(path + " is open to an admin")
                    .isFalse();
        }
        assertThat(mvc.get().uri("/actuator").with(user("admin").roles("ADMIN")))
                .hasStatusOk();
        for (String probe : HEALTH_PROBES) {
            assertThat(mvc.get().uri(probe)).as(probe + " is open").hasStatusOk();
        }
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

    /**
     * Whether the answer refuses: 401, 403 or off to the sign-in page. Spring Security writes its
     * refusals, so a request that failed with an exception (garbage input) got past the rules.
     */
    private static boolean isRefused(MvcTestResult answer) {
        if (answer.getUnresolvedException() != null) {
            return false;
        }
        int status = answer.getResponse().getStatus();
        String location = answer.getResponse().getRedirectedUrl();
        return status == 401 || status == 403 || (location != null && location.endsWith("/login"));
    }

    /** Sends {@code write} ("METHOD /path") from a client address of its own, with {@code with} applied. */
    private MvcTestResult send(String write, RequestPostProcessor... with) {
        var request = mvc.method(HttpMethod.valueOf(write.substring(0, write.indexOf(' '))))
                .uri(path(write))
                .with(from(nextClient()));
        for (RequestPostProcessor processor : with) {
            request.with(processor);
        }
        return request.exchange();
    }

    private static String path(String write) {
        return write.substring(write.indexOf(' ') + 1);
    }

    private static boolean isApi(String write) {
        return path(write).startsWith("/api/");
    }

    private static String nextClient() {
        return "2001:db8:5ec:" + CLIENTS.incrementAndGet() + "::1";
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** Every GET route, its path variables filled in. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        routes().forEach((path, methods) -> {
            if (methods.contains(RequestMethod.GET)) {
                routes.add(path);
            }
        });
        assertThat(routes).as("the routes found").contains("/", "/companies/x", "/admin", "/api/v1/companies");
        return routes;
    }

    /** Every write ("METHOD /path") a route is mapped to, its path variables filled in. */
    private Set<String> writes() {
        Set<String> writes = new TreeSet<>();
        routes().forEach((path, methods) -> {
            for (RequestMethod method : methods) {
                if (WRITES.contains(method)) {
                    writes.add(method + " " + path);
                }
            }
        });
        assertThat(writes)
                .as("the writes found")
                .containsAll(PUBLIC_WRITES)
                .contains(
                        "POST /admin/companies",
                        "POST /admin/users",
                        "POST /account/password",
                        "PUT /api/v1/companies/x",
                        "DELETE /api/v1/companies/x");
        return writes;
    }

    /**
     * Every mapped route, its path variables filled in, with the methods it is mapped to: all of them
     * when its mapping names none (as Spring MVC then answers every method).
     */
    private Map<String, Set<RequestMethod>> routes() {
        Map<String, Set<RequestMethod>> routes = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> named = info.getMethodsCondition().getMethods();
            Set<RequestMethod> methods = named.isEmpty() ? EnumSet.allOf(RequestMethod.class) : named;
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", "x");
                routes.computeIfAbsent(path, any -> EnumSet.noneOf(RequestMethod.class))
                        .addAll(methods);
            }
        }
        return routes;
    }
}
