package com.chuhai.tracker.adoption;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The adoption forms: dates at their precision, sources as rows, errors beside fields, stale versions. */
@IntegrationTest
class AdminAdoptionControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    AdoptionRepository adoptions;

    @Autowired
    JdbcClient jdbc;

    Company company;
    CloudProvider provider;
    Region region;

    @BeforeEach
    void setUp() {
        company = data.company(Sector.GAMING, 2010);
        provider = data.provider("US");
        region = data.region();
    }

    @Test
    void recordsAnUndisclosedOperatorOnlyWhenChosenAndShowsItAsSuch() {
        var form = editor(mvc.post().uri("/admin/adoptions"))
                .with(csrf())
                .param("company", company.getSlug())
                .param("region", region.getCode())
                .param("confidence", "REPORTED");
        assertThat(form.param("provider", "")).as("no choice is an error").hasStatus(400);

        assertThat(editor(mvc.post().uri("/admin/adoptions"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("provider", "_undisclosed")
                        .param("region", region.getCode())
                        .param("confidence", "REPORTED"))
                .hasStatus3xxRedirection();

        assertThat(adoptions.findAll().stream()
                        .filter(a -> a.getCompany().getId().equals(company.getId())))
                .singleElement()
                .satisfies(adoption -> assertThat(adoption.getProvider()).isNull());
        assertThat(editor(mvc.get().uri("/admin/adoptions?company=" + company.getSlug())))
                .bodyText()
                .contains("not disclosed");
    }

    @Test
    void createsAnAdoptionWithItsPrecisionAndSources() {
        String url = "https://example.org/" + TestData.unique("news");

        assertThat(editor(mvc.post().uri("/admin/adoptions"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("provider", provider.getSlug())
                        .param("region", region.getCode())
                        .param("startDate", "2022-06-17")
                        .param("startPrecision", "MONTH")
                        .param("endDate", "")
                        .param("confidence", "CONFIRMED")
                        .param("sources[0].url", url)
                        .param("sources[0].title", "The news")
                        .param("sources[1].url", ""))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/admin/adoptions?company=" + company.getSlug());

        Adoption created = adoptions.findAll().stream()
                .filter(a -> a.getCompany().getId().equals(company.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(created.getStartDate()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(created.getStartPrecision()).isEqualTo(DatePrecision.MONTH);
        assertThat(created.getEndDate()).isNull();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM adoption_source s JOIN source u ON u.id = s.source_id WHERE u.url = ?")
                        .param(url)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void showsAnEndBeforeTheStartBesideTheEndAndKeepsTheInput() {
        assertThat(editor(mvc.post().uri("/admin/adoptions"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("provider", provider.getSlug())
                        .param("region", region.getCode())
                        .param("startDate", "2022-06-17")
                        .param("endDate", "2021-01-01")
                        .param("confidence", "REPORTED")
                        .param("workload", "kept input"))
                .hasStatus(400)
                .bodyText()
                .contains("is-invalid")
                .contains("comes before the start")
                .contains("value=\"kept input\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM adoption WHERE company_id = ?")
                        .param(company.getId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSourceAddressWithoutItsSchemeIsAnErrorBesideTheField() {
        assertThat(editor(mvc.post().uri("/admin/adoptions"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("provider", provider.getSlug())
                        .param("region", region.getCode())
                        .param("confidence", "REPORTED")
                        .param("sources[0].url", "www.reuters.com/story")
                        .param("sources[0].title", "A story"))
                .hasStatus(400)
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"www.reuters.com/story\"");
    }

    @Test
    void aStaleFormIsRefusedAndTheNewerDataKept() {
        Adoption adoption = data.adoption(company, provider, region, year(2020), null);
        long openedAt = adoption.getVersion();
        assertThat(edit(adoption, "first edit", openedAt)).hasStatus3xxRedirection();

        assertThat(edit(adoption, "late edit", openedAt))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"stale\"")
                .contains("first edit")
                .contains("value=\"late edit\"");
        assertThat(adoptions.findById(adoption.getId()).orElseThrow().getWorkload())
                .isEqualTo("first edit");
    }

    @Test
    void deletesAnAdoptionAfterConfirmationAndNotWithoutItsToken() {
        Adoption adoption = data.adoption(company, provider, region, year(2020), null);

        assertThat(editor(mvc.post().uri("/admin/adoptions/" + adoption.getId() + "/delete")))
                .hasStatus(403);
        assertThat(editor(mvc.get().uri("/admin/adoptions/" + adoption.getId() + "/delete")))
                .hasStatusOk();
        assertThat(editor(mvc.post().uri("/admin/adoptions/" + adoption.getId() + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(adoptions.findById(adoption.getId())).isEmpty();
    }

    @Test
    void listsACompanysAdoptions() {
        Adoption adoption = data.adoption(company, provider, region, null, null);

        assertThat(editor(mvc.get().uri("/admin/adoptions?company=" + company.getSlug())))
                .hasStatusOk()
                .bodyText()
                .contains("data-adoption=\"" + adoption.getId() + "\"")
                .contains("start not reported");
    }

    private MockMvcRequestBuilder edit(Adoption adoption, String workload, long version) {
        return editor(mvc.post().uri("/admin/adoptions/" + adoption.getId()))
                .with(csrf())
                .param("company", company.getSlug())
                .param("provider", provider.getSlug())
                .param("region", region.getCode())
                .param("startDate", "2020-01-01")
                .param("startPrecision", "YEAR")
                .param("confidence", "REPORTED")
                .param("workload", workload)
                .param("version", String.valueOf(version));
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
