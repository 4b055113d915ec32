package com.chuhai.tracker.region;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Providers and regions in the reader's language: the shipped translations on the pages in French and
 * Chinese (tables, charts, a company's page, the feed), an editor's translation through the admin form
 * reaching the pages and the API, the name as fallback, and lists sorted as the reader reads.
 */
@IntegrationTest
class TranslatedNamesTest {

    private static final Pattern REGION_OPTIONS = Pattern.compile(
            "<select class=\"form-select\" id=\"region\" name=\"region\">(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Test
    void theShippedProvidersAndRegionsSpeakTheReadersLanguage() {
        assertThat(api.get("/?asOf=2025-06-30&lang=zh-CN").body())
                .contains("<th scope=\"row\">亚马逊云科技</th>")
                .contains("&quot;亚马逊云科技&quot;")
                .contains(">新加坡</option>");
        assertThat(api.get("/?asOf=2025-06-30&lang=fr").body())
                .contains(">Singapour</option>")
                .contains(">États-Unis</option>");
        assertThat(api.get("/?asOf=2025-06-30&lang=en").body())
                .contains("<th scope=\"row\">Amazon Web Services</th>")
                .contains(">Singapore</option>");
        assertThat(api.get("/companies/tiktok?lang=zh-CN").body())
                .contains("甲骨文云（OCI）")
                .contains("美国");
        assertThat(api.get("/providers/aws?lang=zh-CN").body()).contains("<title>使用亚马逊云科技的出海企业 · ");
        // BIGO's feed, not the whole one: other tests' newer migrations may fill that.
        assertThat(api.get("/companies/bigo/migrations.atom?lang=fr", "application/atom+xml")
                        .body())
                .contains("Singapour");

        assertThat(api.get("/api/v1/providers/aws").json().get("name").asString())
                .isEqualTo("Amazon Web Services");
        assertThat(api.get("/api/v1/providers/aws").json().get("nameZh").asString())
                .isEqualTo("亚马逊云科技");
    }

    @Test
    void listsSortByTheNamesTheReaderSeesInTheReadersLanguage() {
        List<String> french = regionOptions(api.get("/?lang=fr").body());
        assertThat(french.indexOf("Chine continentale")).isLessThan(french.indexOf("Hong Kong"));
        assertThat(french.indexOf("États-Unis"))
                .as("accents aside, É sorts as E")
                .isLessThan(french.indexOf("Europe (UE/EEE)"))
                .isGreaterThan(french.indexOf("Chine continentale"));

        List<String> chinese = regionOptions(api.get("/?lang=zh-CN").body());
        assertThat(chinese.indexOf("巴西")).as("by pinyin: ba, xin, zhong").isLessThan(chinese.indexOf("新加坡"));
        assertThat(chinese.indexOf("新加坡")).isLessThan(chinese.indexOf("中国大陆"));
    }

    @Test
    void anEditorTranslatesARegionAndEveryPageInThatLanguageShowsIt() {
        Region region = data.region();
        CloudProvider provider = data.provider("US");
        Company company = data.company(Sector.GAMING, 2012);
        data.adoption(company, provider, region, year(2020), null);

        assertThat(mvc.post()
                        .uri("/admin/regions/" + region.getCode())
                        .with(user("editor-user").roles("EDITOR"))
                        .with(csrf())
                        .param("code", region.getCode())
                        .param("name", region.getName())
                        .param("nameFr", "Atlantide")
                        .param("nameZh", "亚特兰蒂斯")
                        .param("category", "OTHER")
                        .param("version", String.valueOf(region.getVersion())))
                .hasStatus3xxRedirection();

        assertThat(api.get("/regions/" + region.getCode() + "?lang=zh-CN").body())
                .contains("<h1 class=\"h2\">亚特兰蒂斯</h1>");
        assertThat(api.get("/regions/" + region.getCode() + "?lang=fr").body())
                .contains("<h1 class=\"h2\">Atlantide</h1>");
        assertThat(api.get("/regions/" + region.getCode() + "?lang=en").body())
                .contains("<h1 class=\"h2\">" + region.getName() + "</h1>");
        assertThat(api.get("/companies/" + company.getSlug() + "?lang=fr").body())
                .contains("<td>Atlantide</td>");
        assertThat(api.get("/?lang=fr&region=" + region.getCode()).body())
                .contains("<th scope=\"row\">Atlantide</th>")
                .contains("&quot;Atlantide&quot;");
        assertThat(api.get("/api/v1/regions/" + region.getCode())
                        .json()
                        .get("nameFr")
                        .asString())
                .isEqualTo("Atlantide");
        assertThat(mvc.get()
                        .uri("/admin/regions/" + region.getCode() + "/history")
                        .with(user("editor-user").roles("EDITOR")))
                .bodyText()
                .contains("亚特兰蒂斯");

        long version = api.get("/api/v1/regions/" + region.getCode())
                .json()
                .get("version")
                .asLong();
        assertThat(mvc.post()
                        .uri("/admin/regions/" + region.getCode())
                        .with(user("editor-user").roles("EDITOR"))
                        .with(csrf())
                        .param("code", region.getCode())
                        .param("name", region.getName())
                        .param("nameFr", " ")
                        .param("category", "OTHER")
                        .param("version", String.valueOf(version)))
                .hasStatus3xxRedirection();
        assertThat(api.get("/regions/" + region.getCode() + "?lang=fr").body())
                .as("without a translation, the name")
                .contains("<h1 class=\"h2\">" + region.getName() + "</h1>");
        assertThat(api.get("/api/v1/regions/" + region.getCode())
                        .json()
                        .get("nameFr")
                        .isNull())
                .isTrue();
    }

    private static List<String> regionOptions(String page) {
        Matcher select = REGION_OPTIONS.matcher(page);
        assertThat(select.find()).isTrue();
        Matcher option = OPTION.matcher(select.group(1));
        List<String> names = new java.util.ArrayList<>();
        while (option.find()) {
            names.add(option.group(1).strip());
        }
        return names;
    }
}
