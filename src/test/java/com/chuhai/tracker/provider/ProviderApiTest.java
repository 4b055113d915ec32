package com.chuhai.tracker.provider;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

@IntegrationTest
class ProviderApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    CloudProviderRepository providers;

    Login editor;

    @BeforeEach
    void signIn() {
        editor = data.user(Role.EDITOR);
    }

    @Test
    void createsAProviderWithItsLocationAndWhoCreatedIt() {
        String slug = TestData.unique("ovh");

        Reply created = api.post("/api/v1/providers", provider(slug, "OVHcloud", "FR"), editor);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/providers/" + slug);
        assertThat(created.json().get("origin").asString()).isEqualTo("OTHER");
        assertThat(created.json().get("version").asLong()).isZero();
        CloudProvider stored = providers.findBySlug(slug).orElseThrow();
        assertThat(stored.getName()).isEqualTo("OVHcloud");
        assertThat(stored.getCreatedBy()).isEqualTo(editor.username());
        assertThat(api.get("/api/v1/providers/" + slug).json().get("name").asString())
                .isEqualTo("OVHcloud");
    }

    @Test
    void refusesATakenSlugWithConflictAndKeepsTheFirst() {
        String slug = TestData.unique("dup");
        api.post("/api/v1/providers", provider(slug, "First", "US"), editor);

        Reply again = api.post("/api/v1/providers", provider(slug, "Second", "CN"), editor);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(providers.findBySlug(slug).orElseThrow().getName()).isEqualTo("First");
    }

    @Test
    void replacesWithTheVersionReadAndRefusesAStaleOne() {
        String slug = TestData.unique("p");
        api.post("/api/v1/providers", provider(slug, "Before", "US"), editor);
        Map<String, Object> change = provider(slug, "After", "US");
        change.put("version", 0);

        Reply updated = api.put("/api/v1/providers/" + slug, change, editor);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(1);

        Map<String, Object> stale = provider(slug, "Lost update", "US");
        stale.put("version", 0);
        Reply refused = api.put("/api/v1/providers/" + slug, stale, editor);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(providers.findBySlug(slug).orElseThrow().getName()).isEqualTo("After");
    }

    @Test
    void requiresTheVersionToReplace() {
        String slug = TestData.unique("p");
        api.post("/api/v1/providers", provider(slug, "Before", "US"), editor);

        Reply refused = api.put("/api/v1/providers/" + slug, provider(slug, "After", "US"), editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("version");
        assertThat(providers.findBySlug(slug).orElseThrow().getName()).isEqualTo("Before");
    }

    @Test
    void deletesAProviderNothingUses() {
        String slug = TestData.unique("gone");
        api.post("/api/v1/providers", provider(slug, "Gone", "US"), editor);

        assertThat(api.delete("/api/v1/providers/" + slug, editor).status()).isEqualTo(204);
        assertThat(providers.findBySlug(slug)).isEmpty();
        assertThat(api.get("/api/v1/providers/" + slug).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAProviderInUseAndDeletesNothing() {
        CloudProvider used = data.provider("US");
        data.adoption(data.company(Sector.GAMING, 2010), used, data.region(), year(2020), null);

        Reply refused = api.delete("/api/v1/providers/" + used.getSlug(), editor);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("adoptions");
        assertThat(refused.body()).doesNotContainIgnoringCase("sql").doesNotContain("fk_");
        assertThat(providers.findBySlug(used.getSlug())).isPresent();
    }

    @Test
    void answersNotFoundForAnUnknownSlug() {
        Reply missing = api.get("/api/v1/providers/no-such-provider");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("no-such-provider");
    }

    @Test
    void answersMethodNotAllowedWithTheMethodsItAccepts() {
        Reply refused = api.send(HttpMethod.PATCH, "/api/v1/providers/aws", "{}", editor);

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.header("Allow")).contains("GET", "PUT", "DELETE");
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void filtersByOriginAndSortsByName() {
        Reply chinese = api.get("/api/v1/providers?origin=CN&sort=name,desc&size=500");

        assertThat(chinese.json()
                        .get("content")
                        .valueStream()
                        .map(p -> p.get("origin").asString()))
                .isNotEmpty()
                .containsOnly("CN");
        assertThat(chinese.json()
                        .get("content")
                        .valueStream()
                        .map(p -> p.get("name").asString())
                        .toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    static Map<String, Object> provider(String slug, String name, String country) {
        Map<String, Object> body = new HashMap<>();
        body.put("slug", slug);
        body.put("name", name);
        body.put("kind", "PUBLIC_CLOUD");
        body.put("country", country);
        return body;
    }
}
