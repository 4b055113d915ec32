package com.chuhai.tracker.migration;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionRepository;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
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

@IntegrationTest
class MigrationApiTest {

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
    Region region;
    CloudProvider alibaba;
    CloudProvider oracle;
    Adoption onAlibaba;

    @BeforeEach
    void setUp() {
        editor = data.user(Role.EDITOR);
        company = data.company(Sector.SOCIAL_CONTENT, 2016);
        region = data.region();
        alibaba = data.provider("CN");
        oracle = data.provider("US");
        onAlibaba = data.adoption(company, alibaba, region, year(2018), null);
    }

    @Test
    void recordingACompletedMigrationMovesTheAdoptions() {
        Map<String, Object> body = migration("COMPLETED");
        body.put("completedOn", "2022-06-17");
        body.put("completedPrecision", "MONTH");
        String url = "https://example.org/" + TestData.unique("move");
        body.put("sources", List.of(Map.of("url", url, "title", "The move")));

        Reply created = api.post("/api/v1/migrations", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("completedOn").asString()).isEqualTo("2022-06-01");
        assertThat(created.header("Location"))
                .endsWith("/" + created.json().get("id").asLong());
        Adoption ended = adoptions.findById(onAlibaba.getId()).orElseThrow();
        assertThat(ended.getEndDate()).isEqualTo(LocalDate.of(2022, 6, 1));
        Reply onOracle =
                api.get("/api/v1/adoptions?company=%s&provider=%s".formatted(company.getSlug(), oracle.getSlug()));
        assertThat(onOracle.json().get("content")).hasSize(1);
        assertThat(onOracle.json().get("content").get(0).get("startDate").asString())
                .isEqualTo("2022-06-01");
        assertThat(onOracle.json()
                        .get("content")
                        .get(0)
                        .get("sources")
                        .get(0)
                        .get("url")
                        .asString())
                .isEqualTo(url);
    }

    @Test
    void anUndisclosedDestinationEndsTheAdoptionAndOpensNone() {
        Map<String, Object> body = migration("COMPLETED");
        body.put("toProvider", null);
        body.put("completedOn", "2021-05-01");

        Reply created = api.post("/api/v1/migrations", body, editor);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("toProvider").isNull()).isTrue();
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2021, 5, 1));
        assertThat(adoptionCount()).isEqualTo(1);
    }

    @Test
    void refusesAMigrationToTheSameProvider() {
        Map<String, Object> body = migration("ANNOUNCED");
        body.put("toProvider", alibaba.getSlug());

        Reply refused = api.post("/api/v1/migrations", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("toProvider");
        assertThat(migrationCount()).isZero();
    }

    @Test
    void refusesToCompleteAMoveFromAProviderNotInUseAndSavesNothing() {
        Map<String, Object> body = migration("COMPLETED");
        body.put("fromProvider", oracle.getSlug());
        body.put("toProvider", alibaba.getSlug());
        body.put("completedOn", "2022-01-01");

        Reply refused = api.post("/api/v1/migrations", body, editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("fromProvider");
        assertThat(migrationCount()).isZero();
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aCompletedMigrationNeedsItsCompletionDate() {
        Reply refused = api.post("/api/v1/migrations", migration("COMPLETED"), editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("completedOn");
    }

    @Test
    void completingAnAnnouncedMigrationLaterMovesTheAdoptionsThen() {
        long id = api.post("/api/v1/migrations", migration("IN_PROGRESS"), editor)
                .json()
                .get("id")
                .asLong();
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().isOpen()).isTrue();
        Map<String, Object> done = migration("COMPLETED");
        done.put("completedOn", "2023-01-15");
        done.put("version", 0);

        Reply updated = api.put("/api/v1/migrations/" + id, done, editor);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2023, 1, 15));
        assertThat(adoptionCount()).isEqualTo(2);
    }

    @Test
    void aCompletedMigrationKeepsWhatMovedTheAdoptions() {
        Map<String, Object> body = migration("COMPLETED");
        body.put("completedOn", "2022-06-17");
        long id = api.post("/api/v1/migrations", body, editor).json().get("id").asLong();
        Map<String, Object> change = migration("COMPLETED");
        change.put("completedOn", "2020-01-01");
        change.put("summary", "a new summary");
        change.put("version", 0);

        Reply refused = api.put("/api/v1/migrations/" + id, change, editor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("completedOn");

        change.put("completedOn", "2022-06-17");
        Reply summaryOnly = api.put("/api/v1/migrations/" + id, change, editor);
        assertThat(summaryOnly.status()).as(summaryOnly.toString()).isEqualTo(200);
        assertThat(summaryOnly.json().get("summary").asString()).isEqualTo("a new summary");
    }

    @Test
    void filtersByProviderStatusAndAnnouncementWindow() {
        api.post("/api/v1/migrations", migration("ANNOUNCED"), editor);

        assertThat(total("company=%s&status=ANNOUNCED&from=2022-01-01&to=2022-12-31"))
                .isEqualTo(1);
        assertThat(total("company=%s&toProvider=" + oracle.getSlug())).isEqualTo(1);
        assertThat(total("company=%s&fromProvider=" + oracle.getSlug())).isZero();
        assertThat(total("company=%s&from=2023-01-01")).isZero();
    }

    @Test
    void aCompletedRelocationMovesTheDataToTheOtherRegionWithTheSameProvider() {
        Region singapore = data.region();
        Map<String, Object> body = migration("COMPLETED");
        body.remove("region");
        body.put("fromRegion", region.getCode());
        body.put("toRegion", singapore.getCode());
        body.put("toProvider", alibaba.getSlug());
        body.put("completedOn", "2021-03-01");

        Reply created = api.post("/api/v1/migrations", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("fromRegion").asString()).isEqualTo(region.getCode());
        assertThat(created.json().get("toRegion").asString()).isEqualTo(singapore.getCode());
        assertThat(created.json().get("region").isNull()).as("no single region").isTrue();
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2021, 3, 1));
        Reply moved =
                api.get("/api/v1/adoptions?company=%s&region=%s".formatted(company.getSlug(), singapore.getCode()));
        assertThat(moved.json().get("content")).hasSize(1);
        assertThat(moved.json().get("content").get(0).get("provider").asString())
                .isEqualTo(alibaba.getSlug());
        assertThat(total("company=%s&relocation=true")).isEqualTo(1);
        assertThat(total("company=%s&relocation=false")).isZero();
        assertThat(total("company=%s&toRegion=" + singapore.getCode())).isEqualTo(1);
        assertThat(total("company=%s&region=" + singapore.getCode()))
                .as("region matches either end")
                .isEqualTo(1);
    }

    @Test
    void aRelocationToAnUndisclosedProviderOpensAnUndisclosedAdoptionWhereTheDataWent() {
        Region singapore = data.region();
        Map<String, Object> body = migration("COMPLETED");
        body.put("region", null);
        body.put("fromRegion", region.getCode());
        body.put("toRegion", singapore.getCode());
        body.put("toProvider", null);
        body.put("completedOn", "2021-03-01");

        Reply created = api.post("/api/v1/migrations", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Reply moved =
                api.get("/api/v1/adoptions?company=%s&region=%s".formatted(company.getSlug(), singapore.getCode()));
        assertThat(moved.json().get("content")).hasSize(1);
        assertThat(moved.json().get("content").get(0).get("provider").isNull()).isTrue();
        assertThat(moved.json().get("content").get(0).get("startDate").asString())
                .isEqualTo("2021-03-01");
    }

    @Test
    void aMoveFromAnUndisclosedProviderEndsTheUndisclosedAdoption() {
        Company yoozoo = data.company(Sector.GAMING, 2009);
        Adoption unnamed = data.adoption(yoozoo, null, region, year(2015), null);
        Map<String, Object> body = migration("COMPLETED");
        body.put("company", yoozoo.getSlug());
        body.remove("fromProvider");
        body.put("completedOn", "2021-01-01");

        Reply created = api.post("/api/v1/migrations", body, editor);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("fromProvider").isNull()).isTrue();
        assertThat(created.json().get("region").asString()).isEqualTo(region.getCode());
        assertThat(adoptions.findById(unnamed.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(api.get("/api/v1/migrations?company=%s&fromOrigin=UNDISCLOSED".formatted(yoozoo.getSlug()))
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void refusesAMoveWithinOneRegionThatChangesNothingKnown() {
        Map<String, Object> sameProvider = migration("ANNOUNCED");
        sameProvider.put("toProvider", alibaba.getSlug());
        Map<String, Object> bothUndisclosed = migration("ANNOUNCED");
        bothUndisclosed.remove("fromProvider");
        bothUndisclosed.put("toProvider", null);
        Map<String, Object> sameRegionSpelledTwice = migration("ANNOUNCED");
        sameRegionSpelledTwice.put("fromRegion", region.getCode());
        sameRegionSpelledTwice.put("toRegion", region.getCode());
        sameRegionSpelledTwice.put("toProvider", alibaba.getSlug());

        for (Map<String, Object> body : List.of(sameProvider, bothUndisclosed, sameRegionSpelledTwice)) {
            Reply refused = api.post("/api/v1/migrations", body, editor);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.errorFields()).as(body.toString()).containsExactly("toProvider");
        }
        assertThat(migrationCount()).isZero();
    }

    @Test
    void refusesARegionThatContradictsTheRegionsOfTheMoveOrNoRegionAtAll() {
        Map<String, Object> contradicting = migration("ANNOUNCED");
        contradicting.put("toRegion", data.region().getCode());
        Reply refused = api.post("/api/v1/migrations", contradicting, editor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("region");

        Map<String, Object> unknown = migration("ANNOUNCED");
        unknown.put("region", TestData.unique("nowhere"));
        Reply unknownRegion = api.post("/api/v1/migrations", unknown, editor);
        assertThat(unknownRegion.status()).isEqualTo(400);
        assertThat(unknownRegion.errorFields()).as("as API v1 clients know it").containsExactly("region");

        Map<String, Object> nowhere = migration("ANNOUNCED");
        nowhere.remove("region");
        Reply missing = api.post("/api/v1/migrations", nowhere, editor);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("region");
        assertThat(migrationCount()).isZero();
    }

    private long total(String query) {
        Reply reply = api.get("/api/v1/migrations?" + query.formatted(company.getSlug()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().get("page").get("totalElements").asLong();
    }

    private long migrationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
    }

    private long adoptionCount() {
        return jdbc.sql("SELECT COUNT(*) FROM adoption WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
    }

    private Map<String, Object> migration(String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company.getSlug());
        body.put("region", region.getCode());
        body.put("fromProvider", alibaba.getSlug());
        body.put("toProvider", oracle.getSlug());
        body.put("announcedOn", "2022-06-17");
        body.put("status", status);
        body.put("reason", "GEOPOLITICS_COMPLIANCE");
        body.put("confidence", "REPORTED");
        return body;
    }
}
