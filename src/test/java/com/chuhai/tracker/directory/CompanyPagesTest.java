package com.chuhai.tracker.directory;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.month;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class CompanyPagesTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>";

    @Autowired
    Api api;

    @Autowired
    TestData data;

    Region region;
    CloudProvider us;
    CloudProvider cn;
    Company parent;
    Company child;

    @BeforeEach
    void setUp() {
        region = data.region();
        us = data.provider(HOSTILE, "US");
        cn = data.provider("CN");
        parent = data.company("Parent " + TestData.unique("p"), Sector.SOCIAL_CONTENT, 2012);
        child = data.company(HOSTILE, Sector.SOCIAL_CONTENT, 2016);
        data.setParent(child, parent);
        data.adoption(child, cn, region, null, month(2021, 5));
        data.adoption(child, us, region, month(2021, 5), null);
        data.migration(child, region, cn, null, day(LocalDate.of(2021, 5, 13)), MigrationStatus.ANNOUNCED);
        data.adoption(child, data.provider("OTHER-" + TestData.unique("own"), null), data.region(), null, null);
    }

    @Test
    void listsTheCompaniesThatUseAProviderOnADate() {
        String page =
                html("/companies?provider=%s&region=%s&asOf=2021-01-01".formatted(cn.getSlug(), region.getCode()));

        assertThat(page)
                .contains("data-company=\"" + child.getSlug() + "\"")
                .contains("data-metric=\"results\">1 company<");
        assertThat(html("/companies?provider=%s&region=%s&asOf=2022-01-01".formatted(cn.getSlug(), region.getCode())))
                .contains("data-metric=\"results\">No companies<");
    }

    @Test
    void searchesAndLinksACsvOfExactlyTheFilteredList() {
        String page = html("/companies?q=" + parent.getName().substring(7) + "&sector=SOCIAL_CONTENT");

        assertThat(page).contains("data-company=\"" + parent.getSlug() + "\"");
        assertThat(page).containsPattern("href=\"/api/v1/companies\\?[^\"]*format=csv");
        assertThat(page).contains("sector=SOCIAL_CONTENT").containsPattern("value=\"SOCIAL_CONTENT\"\\s+selected");
    }

    @Test
    void aSharedLinkToAFilteredListNamesItsFilters() {
        String page =
                html("/companies?provider=%s&region=%s&asOf=2021-01-01".formatted(cn.getSlug(), region.getCode()));
        String title = "Chuhai companies in %s on %s, as of Jan 1, 2021".formatted(region.getName(), cn.getName());
        String description = title + ": 1 company, with the clouds each one uses and where it keeps its data,"
                + " every fact sourced.";

        assertThat(page)
                .contains("<title>" + title + " · Chuhai Cloud Tracker</title>")
                .contains("<meta property=\"og:title\" content=\"" + title + "\">")
                .contains("<meta name=\"description\" content=\"" + description + "\">")
                .contains("<meta property=\"og:description\" content=\"" + description + "\">");
        assertThat(html("/companies?sector=GAMING&origin=CN&lang=fr"))
                .contains("<meta property=\"og:title\" content=\"Entreprises chinoises à l’étranger"
                        + " du secteur Jeux vidéo sur des clouds chinois, au ");
        assertThat(html("/companies"))
                .contains("<title>Chuhai companies and the clouds they use · Chuhai Cloud Tracker</title>")
                .contains("<meta property=\"og:title\" content=\"Chuhai companies and the clouds they use\">");
    }

    @Test
    void aSharedLinkToACompanyNamesWhereItKeepsItsDataTodayInTheReadersLanguage() {
        Company company = data.company(Sector.GAMING, 2018);
        data.adoption(company, cn, region, month(2020, 1), null);

        String chinese = html("/companies/" + company.getSlug() + "?lang=zh-CN");
        String title = company.getName() + "：云服务商与数据存放地";
        String where = Pattern.quote(company.getName() + "的数据存放在：" + cn.getName() + "（" + region.getName() + "）。");
        assertThat(chinese)
                .contains("<title>" + title + " · ")
                .contains("<meta property=\"og:title\" content=\"" + title + "\">")
                .containsPattern("<meta name=\"description\" content=\"截至[^\"，]+，" + where)
                .containsPattern("<meta property=\"og:description\" content=\"截至[^\"，]+，" + where);

        String french = html("/companies/" + parent.getSlug() + "?lang=fr");
        assertThat(french)
                .contains("<title>" + parent.getName() + " : fournisseurs cloud et emplacements des données · ")
                .contains("<meta property=\"og:description\" content=\"Aucun fournisseur cloud ni aucune région de"
                        + " données de " + parent.getName() + " n’est connu au ");
    }

    @Test
    void aFilterThatDoesNotParseIsIgnoredAndSaidSo() {
        Reply reply = api.get("/companies?sector=MINING&asOf=soon&page=first", "text/html");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("alert-warning").contains("data-metric=\"results\"");
    }

    @Test
    void showsACompanyWithItsFamilyAdoptionsHistoryAndSources() {
        String page = html("/companies/" + child.getSlug());

        assertThat(page)
                .contains("href=\"/companies/" + parent.getSlug() + "\"")
                .contains(HtmlUtils.htmlEscape(HOSTILE))
                .doesNotContain(HOSTILE)
                .contains("May 2021")
                .contains("rel=\"noopener noreferrer\"")
                .contains("data-kind=\"MIGRATION_ANNOUNCED\"")
                .contains("destination not disclosed")
                .contains("start not reported");
        assertThat(html("/companies/" + parent.getSlug())).contains("href=\"/companies/" + child.getSlug() + "\"");
    }

    @Test
    void anUnknownCompanyIsNotFound() {
        Reply reply = api.get("/companies/" + TestData.unique("nobody"), "text/html");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain("Exception");
    }

    @Test
    void speaksTheLanguageChosenInTheUrl() {
        assertThat(html("/companies?lang=fr")).contains("lang=\"fr\"").contains("Entreprises");
        assertThat(html("/companies?lang=zh-CN")).contains("lang=\"zh-CN\"").contains("公司");
        assertThat(html("/companies?lang=de")).contains("lang=\"en\"");
    }

    private String html(String uri) {
        Reply reply = api.get(uri, "text/html");
        assertThat(reply.status()).as(uri).isEqualTo(200);
        return reply.body();
    }
}
