package com.chuhai.tracker.system;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.StatementCounter;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Statistics and the dashboard are served from memory until a write, and every write shows at once. */
@IntegrationTest
class CacheTest {

    private static final Pattern TRACKED = Pattern.compile("data-metric=\"tracked\"[^>]*>(\\d+)<");

    @Autowired
    Api api;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    Region region;
    CloudProvider provider;
    Login editor;

    @BeforeEach
    void setUp() {
        region = data.region();
        provider = data.provider("US");
        data.adoption(data.company(Sector.GAMING, 2010), provider, region, year(2015), null);
        editor = data.user(Role.EDITOR);
    }

    @Test
    void statisticsAreCachedAndAWriteIsVisibleToTheNextRead() {
        String overview = "/api/v1/stats/overview?region=" + region.getCode();
        assertThat(api.get(overview).json().get("tracked").asLong()).isEqualTo(1);
        assertThat(StatementCounter.countWhile(() -> api.get(overview)))
                .as("served from the cache")
                .isZero();

        Company newcomer = data.company(Sector.FINTECH, 2012);
        assertThat(api.post("/api/v1/adoptions", adoption(newcomer, "2020-01-01"), editor)
                        .status())
                .isEqualTo(201);

        assertThat(api.get(overview).json().get("tracked").asLong()).isEqualTo(2);

        String slug = newcomer.getSlug();
        long id = api.get("/api/v1/adoptions?company=" + slug)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        assertThat(api.send(HttpMethod.DELETE, "/api/v1/adoptions/" + id, null, editor)
                        .status())
                .isEqualTo(204);

        assertThat(api.get(overview).json().get("tracked").asLong()).isEqualTo(1);
    }

    @Test
    void theDashboardIsKeptForReadersUntilDataChanges() {
        String dashboard = "/?region=" + region.getCode();
        assertThat(tracked(api.get(dashboard).body())).isEqualTo(1);
        assertThat(StatementCounter.countWhile(() -> api.get(dashboard)))
                .as("the page from memory")
                .isZero();
        assertThat(api.get(dashboard + "&lang=fr").body()).contains("lang=\"fr\"");

        assertThat(api.post("/api/v1/adoptions", adoption(data.company(Sector.GAMING, 2011), "2019-05-01"), editor)
                        .status())
                .isEqualTo(201);

        assertThat(tracked(api.get(dashboard).body())).isEqualTo(2);
    }

    @Test
    void aRequestForAnotherHostNeverPlantsItsAddressInTheKeptDashboard() {
        String dashboard = "/?region=" + region.getCode();
        assertThat(mvc.get().uri(dashboard).header(HttpHeaders.HOST, "attacker.example"))
                .bodyText()
                .contains("http://attacker.example/?asOf=");

        assertThat(mvc.get().uri(dashboard))
                .bodyText()
                .contains("http://localhost/?asOf=")
                .doesNotContain("attacker.example");
    }

    @Test
    void aListPageReadAgainCostsOnlyItsRowsAndAWriteShowsInIt() {
        String prefix = TestData.unique("cached-list");
        String list = "/api/v1/companies?sort=name,asc&size=2&page=1&q=" + prefix;
        for (String letter : new String[] {"a", "c", "e"}) {
            data.company(prefix + "-" + letter, Sector.GAMING, 2010);
        }
        assertThat(names(api.get(list).body(), prefix)).containsExactly(prefix + "-e");
        assertThat(StatementCounter.countWhile(() -> api.get(list)))
                .as("the page's ids and the count from memory; only its rows read")
                .isEqualTo(1);

        data.company(prefix + "-b", Sector.GAMING, 2010);

        assertThat(names(api.get(list).body(), prefix)).containsExactly(prefix + "-c", prefix + "-e");
        assertThat(api.get(list).json().get("page").get("totalElements").asLong())
                .isEqualTo(4);
    }

    @Test
    void aRefusedWriteLeavesTheCacheAlone() {
        Map<String, Object> impossible = adoption(data.company(Sector.GAMING, 2011), "2019-05-01");
        impossible.put("endDate", "2018-01-01");
        String overview = "/api/v1/stats/overview?region=" + region.getCode();
        api.get(overview);

        assertThat(api.post("/api/v1/adoptions", impossible, editor).status()).isEqualTo(400);

        assertThat(StatementCounter.countWhile(() -> api.get(overview))).isZero();
    }

    @Test
    void changingAUserLeavesTheStatisticsCachesAlone() {
        Login viewer = data.user(Role.EDITOR);
        String overview = "/api/v1/stats/overview?region=" + region.getCode();
        api.get(overview);

        assertThat(mvc.post()
                        .uri("/admin/users/" + viewer.username())
                        .param("role", "VIEWER")
                        .param("enabled", "true")
                        .param("version", "0")
                        .with(user("an-admin").roles("ADMIN"))
                        .with(csrf()))
                .hasStatus3xxRedirection();

        assertThat(StatementCounter.countWhile(() -> api.get(overview)))
                .as("only facts empty the caches")
                .isZero();
    }

    private Map<String, Object> adoption(Company company, String start) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company.getSlug());
        body.put("provider", provider.getSlug());
        body.put("region", region.getCode());
        body.put("startDate", start);
        body.put("confidence", "REPORTED");
        return body;
    }

    private static java.util.List<String> names(String json, String prefix) {
        return Pattern.compile("\"name\":\"(" + Pattern.quote(prefix) + "-[a-z])\"")
                .matcher(json)
                .results()
                .map(match -> match.group(1))
                .toList();
    }

    private static long tracked(String html) {
        Matcher matcher = TRACKED.matcher(html);
        assertThat(matcher.find()).as("the tracked-companies card").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
