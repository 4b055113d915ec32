package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.provider.CloudProviderRepository;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApiSecurityTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    CloudProviderRepository providers;

    @Test
    void anyoneMayRead() {
        assertThat(api.get("/api/v1/providers").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/stats/overview").status()).isEqualTo(200);
    }

    @Test
    void editorsSignInNamesAreShownToSignedInUsersOnly() {
        Login editor = data.user(Role.EDITOR);
        String slug = TestData.unique("named");
        assertThat(api.post("/api/v1/providers", provider(slug), editor).status())
                .isEqualTo(201);

        Reply anonymous = api.get("/api/v1/providers/" + slug);
        assertThat(anonymous.json().get("createdBy").isNull()).isTrue();
        assertThat(anonymous.json().get("updatedBy").isNull()).isTrue();
        assertThat(api.get("/api/v1/providers?q=" + slug).body()).doesNotContain(editor.username());
        assertThat(api.get("/api/v1/providers?format=csv&q=" + slug, "text/csv").body())
                .doesNotContain(editor.username());

        Reply signedIn = api.send(org.springframework.http.HttpMethod.GET, "/api/v1/providers/" + slug, null, editor);
        assertThat(signedIn.json().get("createdBy").asString()).isEqualTo(editor.username());
    }

    @Test
    void writingWithoutSigningInIsUnauthorisedWithABasicChallenge() {
        String slug = TestData.unique("anon");

        Reply reply = api.post("/api/v1/providers", provider(slug), null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic realm=");
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(providers.findBySlug(slug)).isEmpty();
    }

    @Test
    void aWrongPasswordIsUnauthorisedEvenForAGet() {
        Login editor = data.user(Role.EDITOR);
        Login wrong = new Login(editor.username(), "not-" + editor.password());

        assertThat(api.post("/api/v1/providers", provider(TestData.unique("x")), wrong)
                        .status())
                .isEqualTo(401);
        assertThat(api.send(org.springframework.http.HttpMethod.GET, "/api/v1/providers", null, wrong)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aRoleThatMayNotWriteIsForbidden() {
        String slug = TestData.unique("viewer");

        Reply reply = api.post("/api/v1/providers", provider(slug), data.user(Role.VIEWER));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(providers.findBySlug(slug)).isEmpty();
    }

    @Test
    void editorsAndAdminsMayWrite() {
        assertThat(api.post("/api/v1/providers", provider(TestData.unique("e")), data.user(Role.EDITOR))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/providers", provider(TestData.unique("a")), data.user(Role.ADMIN))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        Login editor = data.user(Role.EDITOR);
        Login shouting = new Login(editor.username().toUpperCase(java.util.Locale.ROOT), editor.password());

        assertThat(api.post("/api/v1/providers", provider(TestData.unique("c")), shouting)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String uri : new String[] {"/api/v1/providers", "/api/v1/nothing-here", "/"}) {
            Reply reply = api.get(uri, "*/*");
            assertThat(reply.header("X-Content-Type-Options")).as(uri).isEqualTo("nosniff");
            assertThat(reply.header("X-Frame-Options")).as(uri).isEqualTo("DENY");
            assertThat(reply.header("Content-Security-Policy")).as(uri).contains("frame-ancestors 'none'");
        }
    }

    @Test
    void theApiKeepsNoSession() {
        Reply reply = api.post("/api/v1/providers", provider(TestData.unique("s")), data.user(Role.EDITOR));

        assertThat(reply.response().getCookie("SESSION")).isNull();
        assertThat(reply.response().getCookie("JSESSIONID")).isNull();
    }

    private static Map<String, Object> provider(String slug) {
        return Map.of("slug", slug, "name", "Provider " + slug, "kind", "PUBLIC_CLOUD", "country", "US");
    }
}
