package com.chuhai.tracker.company;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResultAssert;

/** The company forms: valid, invalid, without CSRF, wrong role, stale version, delete in use. */
@IntegrationTest
class AdminCompanyControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    CompanyRepository companies;

    @Test
    void createsACompanyAndReturnsToTheFilteredList() {
        String slug = TestData.unique("co");

        assertThat(editor(mvc.post().uri("/admin/companies"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Example Games")
                        .param("nativeName", "示例游戏")
                        .param("sector", "GAMING")
                        .param("originCountry", "")
                        .param("foundedYear", "2015")
                        .param("back", "/admin/companies?q=Example&sector=GAMING"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/admin/companies?q=Example&sector=GAMING");

        Company created = companies.findBySlug(slug).orElseThrow();
        assertThat(created.getNativeName()).isEqualTo("示例游戏");
        assertThat(created.getOriginCountry()).isNull();
        assertThat(created.getCreatedBy()).isEqualTo("editor-user");
    }

    @Test
    void showsEachErrorBesideItsFieldAndKeepsTheInput() {
        String slug = TestData.unique("co");

        assertThat(editor(mvc.post().uri("/admin/companies"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "")
                        .param("originCountry", "china")
                        .param("parent", "no-such-parent")
                        .param("foundedYear", "1492"))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"name\"")
                .containsPattern(
                        "id=\"originCountry\"[^>]*class=\"form-control is-invalid\"|class=\"form-control is-invalid\"[^>]*id=\"originCountry\"")
                .contains("value=\"china\"")
                .contains("value=\"" + slug + "\"");
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void namesAnUnknownParentBesideTheParentField() {
        String slug = TestData.unique("co");

        assertThat(editor(mvc.post().uri("/admin/companies"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Orphan")
                        .param("sector", "GAMING")
                        .param("parent", "no-such-parent"))
                .hasStatus(400)
                .bodyText()
                .contains("No such item: &quot;no-such-parent&quot;");
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void refusesAFormWithoutItsCsrfTokenOrFromAViewer() {
        String slug = TestData.unique("co");

        assertThat(editor(mvc.post().uri("/admin/companies"))
                        .param("slug", slug)
                        .param("name", "No token")
                        .param("sector", "GAMING"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/companies")
                        .with(user("viewer").roles("VIEWER"))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Viewer")
                        .param("sector", "GAMING"))
                .hasStatus(403);
        assertThat(companies.findBySlug(slug)).isEmpty();
    }

    @Test
    void aStaleFormShowsWhatChangedKeepsTheInputAndOverwritesNothing() {
        Company company = data.company("Before", Sector.GAMING, 2010);
        long openedAt = company.getVersion();
        edit(company, "Someone else's name", openedAt).hasStatus3xxRedirection();

        edit(company, "My late edit", openedAt)
                .hasStatus(409)
                .bodyText()
                .contains("id=\"stale\"")
                .contains("Someone else&#39;s name")
                .contains("value=\"My late edit\"");
        assertThat(companies.findBySlug(company.getSlug()).orElseThrow().getName())
                .isEqualTo("Someone else's name");
    }

    @Test
    void refusesToDeleteACompanyInUseAndSaysWhatUsesIt() {
        Company company = data.company(Sector.GAMING, 2010);
        data.adoption(company, data.provider("US"), data.region(), year(2020), null);

        assertThat(editor(mvc.post().uri("/admin/companies/" + company.getSlug() + "/delete"))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"in-use\"")
                .contains("1 adoption");
        assertThat(companies.findBySlug(company.getSlug())).isPresent();
    }

    @Test
    void deletesACompanyNothingUsesAfterConfirmation() {
        Company company = data.company(Sector.GAMING, 2010);

        assertThat(editor(mvc.get().uri("/admin/companies/" + company.getSlug() + "/delete")))
                .hasStatusOk()
                .bodyText()
                .contains("action=\"/admin/companies/" + company.getSlug() + "/delete\"");
        assertThat(editor(mvc.post().uri("/admin/companies/" + company.getSlug() + "/delete"))
                        .with(csrf())
                        .param("back", "/admin/companies{x}"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/admin/companies");
        assertThat(companies.findBySlug(company.getSlug())).isEmpty();
    }

    @Test
    void listsAndSearchesCompanies() {
        Company company = data.company("Findable " + TestData.unique("x"), Sector.FINTECH, 2010);

        assertThat(editor(mvc.get().uri("/admin/companies?sector=FINTECH&q=" + company.getName())))
                .hasStatusOk()
                .bodyText()
                .contains("data-company=\"" + company.getSlug() + "\"");
    }

    private MvcTestResultAssert edit(Company company, String name, long version) {
        return assertThat(editor(mvc.post().uri("/admin/companies/" + company.getSlug()))
                .with(csrf())
                .param("slug", company.getSlug())
                .param("name", name)
                .param("sector", "GAMING")
                .param("version", String.valueOf(version)));
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
