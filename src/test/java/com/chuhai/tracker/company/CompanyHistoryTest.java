package com.chuhai.tracker.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every change of a company is kept with who and when; an earlier version can be restored. */
@IntegrationTest
class CompanyHistoryTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    CompanyRepository companies;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsWhoChangedWhatAndRestoresAnEarlierVersion() throws Exception {
        Login editor = data.user(Role.EDITOR);
        String slug = TestData.unique("hist");
        api(
                editor,
                "POST",
                "/api/v1/companies",
                "{\"slug\":\"%s\",\"name\":\"First name\",\"sector\":\"GAMING\"}".formatted(slug));
        api(
                editor,
                "PUT",
                "/api/v1/companies/" + slug,
                "{\"slug\":\"%s\",\"name\":\"Second name\",\"sector\":\"FINTECH\",\"version\":0}".formatted(slug));

        String page = mvc.get()
                .uri("/admin/companies/" + slug + "/history")
                .with(user("reader").roles("EDITOR"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains(editor.username())
                .contains("<del>First name</del>")
                .contains(">Second name</ins>")
                .contains(">FINTECH</ins>");

        long created = jdbc.sql("""
                        SELECT MIN(a.rev) FROM company_aud a JOIN company c ON c.id = a.id WHERE c.slug = ?""").param(slug).query(Long.class).single();
        assertThat(mvc.post()
                        .uri("/admin/companies/" + slug + "/history/" + created + "/restore")
                        .with(user("restorer").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("restored");

        Company restored = companies.findBySlug(slug).orElseThrow();
        assertThat(restored.getName()).isEqualTo("First name");
        assertThat(restored.getSector()).isEqualTo(Sector.GAMING);
        List<Map<String, Object>> trail = jdbc.sql("""
                        SELECT r.username, a.revtype, a.name FROM company_aud a
                        JOIN revinfo r ON r.rev = a.rev JOIN company c ON c.id = a.id
                        WHERE c.slug = ? ORDER BY a.rev""").param(slug).query().listOfRows();
        assertThat(trail)
                .extracting(row -> row.get("username") + " " + row.get("revtype") + " " + row.get("name"))
                .containsExactly(
                        editor.username() + " 0 First name",
                        editor.username() + " 1 Second name",
                        "restorer 1 First name");
    }

    @Test
    void listsRecentChangesByUserAndKindOfRecord() throws Exception {
        Login editor = data.user(Role.EDITOR);
        String slug = TestData.unique("act");
        api(
                editor,
                "POST",
                "/api/v1/companies",
                "{\"slug\":\"%s\",\"name\":\"Active\",\"sector\":\"GAMING\"}".formatted(slug));

        String page = mvc.get()
                .uri("/admin/activity?entity=company&user=" + editor.username())
                .with(user("reader").roles("EDITOR"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(page)
                .contains("href=\"/admin/companies/" + slug + "/history\"")
                .contains("Created");
        assertThat(mvc.get()
                        .uri("/admin/activity?user=nobody-at-all")
                        .with(user("reader").roles("EDITOR")))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("data-revision");
    }

    @Test
    void keepsAndRestoresAnAdoptionsEarlierVersionWithItsSources() throws Exception {
        Login editor = data.user(Role.EDITOR);
        var company = data.company(Sector.GAMING, 2010);
        var provider = data.provider("US");
        var region = data.region();
        String url = "https://example.org/" + TestData.unique("first");
        String body = "{\"company\":\"%s\",\"provider\":\"%s\",\"region\":\"%s\",\"startDate\":\"2020-01-01\","
                + "\"workload\":\"%s\",\"confidence\":\"REPORTED\",\"sources\":[{\"url\":\"%s\",\"title\":\"T\"}]%s}";
        String created = mvc.post()
                .uri("/api/v1/adoptions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(company.getSlug(), provider.getSlug(), region.getCode(), "first", url, ""))
                .with(httpBasic(editor.username(), editor.password()))
                .exchange()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        api(
                editor,
                "PUT",
                "/api/v1/adoptions/" + id,
                body.formatted(
                        company.getSlug(),
                        provider.getSlug(),
                        region.getCode(),
                        "second",
                        "https://example.org/" + TestData.unique("second"),
                        ",\"version\":0"));
        long first = jdbc.sql("SELECT MIN(rev) FROM adoption_aud WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();

        assertThat(mvc.get()
                        .uri("/admin/adoptions/" + id + "/history")
                        .with(user("r").roles("EDITOR")))
                .hasStatusOk()
                .bodyText()
                .contains("<del>first</del>")
                .contains(">second</ins>");
        assertThat(mvc.post()
                        .uri("/admin/adoptions/" + id + "/history/" + first + "/restore")
                        .with(user("r").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("restored");

        assertThat(jdbc.sql("SELECT workload FROM adoption WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("first");
        assertThat(jdbc.sql("""
                        SELECT s.url FROM adoption_source a JOIN source s ON s.id = a.source_id WHERE a.adoption_id = ?""").param(id).query(String.class).list()).containsExactly(url);
        assertThat(mvc.get()
                        .uri("/admin/activity?entity=adoption")
                        .with(user("r").roles("EDITOR")))
                .bodyText()
                .contains("href=\"/admin/adoptions/" + id + "/history\"");
    }

    @Test
    void restoresARelocationsRegionsAndAnUndisclosedProvider() throws Exception {
        Login editor = data.user(Role.EDITOR);
        var company = data.company(Sector.SOCIAL_CONTENT, 2014);
        var provider = data.provider("US");
        var hongKong = data.region();
        var singapore = data.region();
        String body = "{\"company\":\"%s\",\"fromRegion\":\"%s\",\"toRegion\":\"%s\",%s\"toProvider\":\"%s\","
                + "\"announcedOn\":\"2020-08-17\",\"status\":\"ANNOUNCED\",\"reason\":\"GEOPOLITICS_COMPLIANCE\","
                + "\"confidence\":\"REPORTED\"%s}";
        String created = mvc.post()
                .uri("/api/v1/migrations")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(
                        company.getSlug(), hongKong.getCode(), singapore.getCode(), "", provider.getSlug(), ""))
                .with(httpBasic(editor.username(), editor.password()))
                .exchange()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        api(
                editor,
                "PUT",
                "/api/v1/migrations/" + id,
                body.formatted(
                        company.getSlug(),
                        hongKong.getCode(),
                        hongKong.getCode(),
                        "\"fromProvider\":\"" + data.provider("CN").getSlug() + "\",",
                        provider.getSlug(),
                        ",\"version\":0"));
        long first = jdbc.sql("SELECT MIN(rev) FROM cloud_migration_aud WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();

        assertThat(mvc.get()
                        .uri("/admin/migrations/" + id + "/history")
                        .with(user("r").roles("EDITOR")))
                .hasStatusOk()
                .bodyText()
                .contains("<del>" + singapore.getCode() + "</del>");
        assertThat(mvc.post()
                        .uri("/admin/migrations/" + id + "/history/" + first + "/restore")
                        .with(user("r").roles("EDITOR"))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(jdbc.sql("""
                        SELECT rt.code || ' ' || COALESCE(CAST(m.from_provider_id AS VARCHAR), 'undisclosed')
                        FROM cloud_migration m JOIN region rt ON rt.id = m.to_region_id WHERE m.id = ?""").param(id).query(String.class).single())
                .isEqualTo(singapore.getCode() + " undisclosed");
    }

    @Test
    void anUnknownKindOfHistoryIsNotFound() {
        assertThat(mvc.get()
                        .uri("/admin/no-such-kind/admin/history")
                        .with(user("r").roles("ADMIN")))
                .hasStatus(404);
    }

    @Test
    void keepsTheShippedFactsAsTheFirstVersion() {
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM company_aud a JOIN revinfo r ON r.rev = a.rev
                        WHERE r.username = 'history-start' AND a.revtype = 0""").query(Long.class).single()).isGreaterThanOrEqualTo(10);
    }

    private void api(Login login, String method, String uri, String body) {
        assertThat(mvc.method(org.springframework.http.HttpMethod.valueOf(method))
                        .uri(uri)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic(login.username(), login.password())))
                .hasStatus2xxSuccessful();
    }
}
