package com.chuhai.tracker.provider;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.SessionCookie;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The provider forms: create, invalid input, stale version, and deletion refused while in use. */
@IntegrationTest
class AdminProviderControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    CloudProviderRepository providers;

    @Test
    void createsAProviderAndRefusesBadInputBesideTheFields() {
        String slug = TestData.unique("p");

        assertThat(editor(mvc.post().uri("/admin/providers"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "OVHcloud")
                        .param("kind", "PUBLIC_CLOUD")
                        .param("country", "FR"))
                .hasStatus3xxRedirection();
        assertThat(providers.findBySlug(slug).orElseThrow().origin()).isEqualTo(Origin.OTHER);

        assertThat(editor(mvc.post().uri("/admin/providers"))
                        .with(csrf())
                        .param("slug", "Not a slug")
                        .param("name", "")
                        .param("kind", "PUBLIC_CLOUD")
                        .param("country", "France"))
                .hasStatus(400)
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"France\"");
    }

    @Test
    void aStaleFormIsRefusedAndTheNewerNameKept() {
        CloudProvider provider = data.provider("Before", "US");
        long openedAt = provider.getVersion();
        assertThat(edit(provider, "First", openedAt)).hasStatus3xxRedirection();

        assertThat(edit(provider, "Late", openedAt)).hasStatus(409).bodyText().contains("id=\"stale\"");
        assertThat(providers.findBySlug(provider.getSlug()).orElseThrow().getName())
                .isEqualTo("First");
    }

    @Test
    void refusesToDeleteAProviderInUseAndDeletesOneThatIsNot() {
        CloudProvider used = data.provider("US");
        data.adoption(data.company(Sector.GAMING, 2010), used, data.region(), year(2020), null);
        CloudProvider unused = data.provider("US");

        SessionCookie session = new SessionCookie();
        assertThat(session.keep(editor(mvc.post().uri("/admin/providers/" + used.getSlug() + "/delete"))
                        .with(csrf())
                        .exchange()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKeys("inUse", "usage");
        assertThat(providers.findBySlug(used.getSlug())).isPresent();
        assertThat(editor(mvc.get().uri("/admin/providers")).with(session))
                .as("the refusal, carried to the list by the session")
                .hasStatusOk()
                .bodyText()
                .contains("id=\"in-use\"")
                .contains("1 adoption");

        assertThat(editor(mvc.get().uri("/admin/providers/" + unused.getSlug() + "/delete")))
                .hasStatusOk();
        assertThat(editor(mvc.post().uri("/admin/providers/" + unused.getSlug() + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(providers.findBySlug(unused.getSlug())).isEmpty();
    }

    private MockMvcRequestBuilder edit(CloudProvider provider, String name, long version) {
        return editor(mvc.post().uri("/admin/providers/" + provider.getSlug()))
                .with(csrf())
                .param("slug", provider.getSlug())
                .param("name", name)
                .param("kind", "PUBLIC_CLOUD")
                .param("country", "US")
                .param("version", String.valueOf(version));
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
