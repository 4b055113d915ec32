package com.chuhai.tracker.region;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The region forms: create, invalid input, stale version, and deletion refused while in use. */
@IntegrationTest
class AdminRegionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    RegionRepository regions;

    @Test
    void createsARegionAndRefusesBadInputBesideTheFields() {
        String code = TestData.unique("r");

        assertThat(editor(mvc.post().uri("/admin/regions"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Middle East")
                        .param("category", "MAJOR_MARKET"))
                .hasStatus3xxRedirection();
        assertThat(regions.findByCode(code).orElseThrow().getName()).isEqualTo("Middle East");

        assertThat(editor(mvc.post().uri("/admin/regions"))
                        .with(csrf())
                        .param("code", "Not a code")
                        .param("name", "")
                        .param("country", "gulf")
                        .param("category", "OTHER"))
                .hasStatus(400)
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"gulf\"");
    }

    @Test
    void aStaleFormIsRefusedAndTheNewerNameKept() {
        Region region = data.region();
        long openedAt = region.getVersion();
        assertThat(edit(region, "First", openedAt)).hasStatus3xxRedirection();

        assertThat(edit(region, "Late", openedAt)).hasStatus(409).bodyText().contains("id=\"stale\"");
        assertThat(regions.findByCode(region.getCode()).orElseThrow().getName()).isEqualTo("First");
    }

    @Test
    void refusesToDeleteARegionInUseAndDeletesOneThatIsNot() {
        Region used = data.region();
        data.adoption(data.company(Sector.GAMING, 2010), data.provider("US"), used, year(2020), null);
        Region unused = data.region();

        assertThat(editor(mvc.post().uri("/admin/regions/" + used.getCode() + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKeys("inUse", "usage");
        assertThat(regions.findByCode(used.getCode())).isPresent();

        assertThat(editor(mvc.get().uri("/admin/regions/" + unused.getCode() + "/delete")))
                .hasStatusOk();
        assertThat(editor(mvc.post().uri("/admin/regions/" + unused.getCode() + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(regions.findByCode(unused.getCode())).isEmpty();
        assertThat(editor(mvc.get().uri("/admin/regions/" + used.getCode() + "/history")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"versions\"");
    }

    private MockMvcRequestBuilder edit(Region region, String name, long version) {
        return editor(mvc.post().uri("/admin/regions/" + region.getCode()))
                .with(csrf())
                .param("code", region.getCode())
                .param("name", name)
                .param("category", "OTHER")
                .param("version", String.valueOf(version));
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
