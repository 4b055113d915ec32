package com.chuhai.tracker.adoption;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AdoptionApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    AdoptionRepository adoptions;

    @Autowired
    JdbcClient jdbc;

    Login editor;
    Company company;
    CloudProvider provider;
    Region region;

    @BeforeEach
    void setUp() {
        editor = data.user(Role.EDITOR);
        company = data.company(Sector.SOCIAL_CONTENT, 2016);
        provider = data.provider("US");
        region = data.region();
    }

    @Test
    void createsAnAdoptionWithItsSourcesAndPrecision() {
        String url = "https://example.org/" + TestData.unique("story");
        Map<String, Object> body = adoption("2022-06-17", null);
        body.put("datePrecision", "MONTH");
        body.put("sources", List.of(Map.of("url", url, "title", "Oracle wins TikTok", "publishedOn", "2022-06-17")));

        Reply created = api.post("/api/v1/adoptions", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode json = created.json();
        assertThat(created.header("Location"))
                .isEqualTo("/api/v1/adoptions/" + json.get("id").asLong());
        assertThat(json.get("company").asString()).isEqualTo(company.getSlug());
        assertThat(json.get("startDate").asString()).isEqualTo("2022-06-01");
        assertThat(json.get("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(json.get("endDate").isNull()).isTrue();
        assertThat(json.get("sources").get(0).get("url").asString()).isEqualTo(url);
        Adoption stored = adoptions.findById(json.get("id").asLong()).orElseThrow();
        assertThat(stored.getStartPrecision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void reusesAStoredSourceByItsUrl() {
        String url = "https://example.org/" + TestData.unique("shared");
        Map<String, Object> first = adoption("2020-01-01", null);
        first.put("sources", List.of(Map.of("url", url, "title", "The original title")));
        api.post("/api/v1/adoptions", first, editor);
        Map<String, Object> second = adoption("2021-01-01", null);
        second.put("sources", List.of(Map.of("url", url)));

        Reply created = api.post("/api/v1/adoptions", second, editor);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("sources").get(0).get("title").asString()).isEqualTo("The original title");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM source WHERE url = ?")
                        .param(url)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNewSourceNeedsATitleAndNothingIsSavedWithoutIt() {
        String url = "https://example.org/" + TestData.unique("untitled");
        Map<String, Object> body = adoption("2020-01-01", null);
        body.put("sources", List.of(Map.of("url", url)));

        Reply refused = api.post("/api/v1/adoptions", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("sources[0].title");
        assertThat(countFor(company)).isZero();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        Reply refused = api.post("/api/v1/adoptions", adoption("2022-06-01", "2021-01-01"), editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("endDate");
        assertThat(countFor(company)).isZero();
    }

    @Test
    void namesEveryUnknownReferenceAtOnce() {
        Map<String, Object> body = adoption("2022-06-01", null);
        body.put("company", "no-such-company");
        body.put("provider", "no-such-provider");
        body.put("region", "no-such-region");

        Reply refused = api.post("/api/v1/adoptions", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("company", "provider", "region");
    }

    @Test
    void refusesAPrecisionWithoutItsDate() {
        Map<String, Object> body = adoption(null, null);
        body.put("endPrecision", "YEAR");

        Reply refused = api.post("/api/v1/adoptions", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("endPrecision");
    }

    @Test
    void endsAnAdoptionByReplacingItAndListsItByTheDateItWasActive() {
        long id = api.post("/api/v1/adoptions", adoption("2019-01-01", null), editor)
                .json()
                .get("id")
                .asLong();
        Map<String, Object> ended = adoption("2019-01-01", "2023-03-01");
        ended.put("endPrecision", "MONTH");
        ended.put("version", 0);

        Reply updated = api.put("/api/v1/adoptions/" + id, ended, editor);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("endPrecision").asString()).isEqualTo("MONTH");
        assertThat(updated.json().get("startPrecision").asString()).isEqualTo("DAY");
        assertThat(idsActiveOn("2023-02-28")).containsExactly(id);
        assertThat(idsActiveOn("2023-03-01")).isEmpty();
        assertThat(idsActiveOn("2018-12-31")).isEmpty();
    }

    @Test
    void keepsTheNewerDataWhenAStaleVersionArrives() {
        long id = api.post("/api/v1/adoptions", adoption("2019-01-01", null), editor)
                .json()
                .get("id")
                .asLong();
        Map<String, Object> first = adoption("2019-01-01", null);
        first.put("workload", "first edit");
        first.put("version", 0);
        api.put("/api/v1/adoptions/" + id, first, editor);
        Map<String, Object> stale = adoption("2019-01-01", null);
        stale.put("workload", "stale edit");
        stale.put("version", 0);

        assertThat(api.put("/api/v1/adoptions/" + id, stale, editor).status()).isEqualTo(409);
        assertThat(adoptions.findById(id).orElseThrow().getWorkload()).isEqualTo("first edit");
    }

    @Test
    void deletesAnAdoptionWithItsSourceLinksButKeepsTheSources() {
        Adoption adoption = data.adoption(company, provider, region, year(2020), null);

        assertThat(api.delete("/api/v1/adoptions/" + adoption.getId(), editor).status())
                .isEqualTo(204);
        assertThat(adoptions.findById(adoption.getId())).isEmpty();
        assertThat(api.delete("/api/v1/adoptions/" + adoption.getId(), editor).status())
                .isEqualTo(404);
    }

    @Test
    void listsACompanysAdoptionsWithTheirReferencesAndExportsThem() {
        data.adoption(company, provider, region, year(2018), year(2020));
        data.adoption(company, provider, region, year(2021), null);

        Reply list = api.get("/api/v1/adoptions?company=" + company.getSlug() + "&sort=startDate,desc");
        assertThat(list.json()
                        .get("content")
                        .valueStream()
                        .map(a -> a.get("startDate").asString()))
                .containsExactly("2021-01-01", "2018-01-01");
        assertThat(list.json().get("content").get(0).get("provider").asString()).isEqualTo(provider.getSlug());

        Reply csv = api.get("/api/v1/adoptions?company=" + company.getSlug(), "text/csv");
        assertThat(csv.body().lines().toList())
                .hasSize(3)
                .first()
                .isEqualTo(
                        "id,company,provider,region,startDate,startPrecision,endDate,endPrecision,workload,confidence,sources");
        assertThat(csv.body()).contains("https://example.org/");
    }

    private List<Long> idsActiveOn(String date) {
        return api.get("/api/v1/adoptions?company=" + company.getSlug() + "&activeOn=" + LocalDate.parse(date))
                .json()
                .get("content")
                .valueStream()
                .map(a -> a.get("id").asLong())
                .toList();
    }

    private long countFor(Company owner) {
        return jdbc.sql("SELECT COUNT(*) FROM adoption WHERE company_id = ?")
                .param(owner.getId())
                .query(Long.class)
                .single();
    }

    @Test
    void recordsWhereDataLivesWhenItsOperatorIsNotDisclosedAndFindsIt() {
        Map<String, Object> body = adoption("2017-09-01", null);
        body.remove("provider");

        Reply created = api.post("/api/v1/adoptions", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("provider").isNull()).isTrue();
        long id = created.json().get("id").asLong();
        assertThat(adoptions.findById(id).orElseThrow().getProvider()).isNull();
        String mine = "/api/v1/adoptions?company=" + company.getSlug();
        assertThat(ids(api.get(mine + "&undisclosed=true"))).containsExactly(id);
        assertThat(ids(api.get(mine + "&undisclosed=false"))).isEmpty();
        assertThat(api.get("/api/v1/adoptions/" + id).json().get("provider").isNull())
                .isTrue();

        Map<String, Object> named = adoption("2017-09-01", null);
        named.put("version", 0);
        Reply revealed = api.put("/api/v1/adoptions/" + id, named, editor);
        assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
        assertThat(revealed.json().get("provider").asString()).isEqualTo(provider.getSlug());
    }

    @Test
    void anUnknownProviderIsStillRefusedRatherThanTakenForUndisclosed() {
        Map<String, Object> body = adoption("2017-09-01", null);
        body.put("provider", TestData.unique("nobody"));

        Reply refused = api.post("/api/v1/adoptions", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("provider");
    }

    private static List<Long> ids(Reply reply) {
        List<Long> ids = new java.util.ArrayList<>();
        reply.json().get("content").forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }

    private Map<String, Object> adoption(String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company.getSlug());
        body.put("provider", provider.getSlug());
        body.put("region", region.getCode());
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("confidence", "REPORTED");
        return body;
    }
}
