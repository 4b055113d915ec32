package com.chuhai.tracker.migration;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionRepository;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** Recording a migration: the preview changes nothing and says what saving will do; saving does it. */
@IntegrationTest
class AdminMigrationControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    AdoptionRepository adoptions;

    @Autowired
    JdbcClient jdbc;

    Company company;
    Region region;
    CloudProvider alibaba;
    CloudProvider aws;
    Adoption onAlibaba;

    @BeforeEach
    void setUp() {
        company = data.company(Sector.E_COMMERCE, 2010);
        region = data.region();
        alibaba = data.provider("Alibaba " + TestData.unique("x"), "CN");
        aws = data.provider("AWS " + TestData.unique("x"), "US");
        onAlibaba = data.adoption(company, alibaba, region, year(2019), null);
    }

    @Test
    void previewSaysWhichAdoptionEndsAndWhichBeginsAndChangesNothing() {
        completed("preview")
                .hasStatusOk()
                .bodyText()
                .contains("id=\"preview\"")
                .contains("Ends: " + alibaba.getName())
                .contains("Begins: " + aws.getName())
                .contains("value=\"https://example.org/move-" + company.getSlug() + "\"");

        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().isOpen()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM source WHERE url = 'https://example.org/move-" + company.getSlug() + "'"))
                .isZero();
    }

    @Test
    void savingRecordsTheMigrationAndMovesTheAdoptionsAtOnce() {
        completed("save")
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/migrations?company=" + company.getSlug());

        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(count("SELECT COUNT(*) FROM adoption WHERE company_id = ? AND end_date IS NULL"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isEqualTo(1);
    }

    @Test
    void refusesAMoveFromAProviderNotInUseBesideTheField() {
        assertThat(editor(mvc.post().uri("/admin/migrations"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("fromRegion", region.getCode())
                        .param("fromProvider", aws.getSlug())
                        .param("toProvider", alibaba.getSlug())
                        .param("announcedOn", "2024-01-10")
                        .param("completedOn", "2024-03-01")
                        .param("status", "COMPLETED")
                        .param("action", "preview"))
                .hasStatus(400)
                .bodyText()
                .contains("nothing to migrate from");
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isZero();
    }

    @Test
    void completingAnAnnouncedMigrationInItsFormMovesTheAdoptions() {
        Migration announced = data.migration(company, region, alibaba, aws, year(2024), MigrationStatus.ANNOUNCED);

        assertThat(editor(mvc.get().uri("/admin/migrations/" + announced.getId() + "/edit")))
                .hasStatusOk()
                .bodyText()
                .contains("value=\"" + announced.getVersion() + "\"");
        assertThat(editCompleting(announced, announced.getVersion())).hasStatus3xxRedirection();

        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().getEndDate())
                .isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(editor(mvc.get().uri("/admin/migrations?company=" + company.getSlug())))
                .hasStatusOk()
                .bodyText()
                .contains("data-migration=\"" + announced.getId() + "\"");
    }

    @Test
    void aStaleMigrationFormIsRefusedAndMovesNothing() {
        Migration announced = data.migration(company, region, alibaba, aws, year(2024), MigrationStatus.ANNOUNCED);

        assertThat(editCompleting(announced, announced.getVersion() + 1))
                .hasStatus(409)
                .bodyText()
                .contains("id=\"stale\"");
        assertThat(adoptions.findById(onAlibaba.getId()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void deletesAMigrationRecordAfterConfirmation() {
        Migration announced = data.migration(company, region, alibaba, aws, year(2024), MigrationStatus.ANNOUNCED);

        assertThat(editor(mvc.get().uri("/admin/migrations/" + announced.getId() + "/delete")))
                .hasStatusOk();
        assertThat(editor(mvc.post().uri("/admin/migrations/" + announced.getId() + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isZero();
    }

    private MockMvcRequestBuilder editCompleting(Migration migration, long version) {
        return editor(mvc.post().uri("/admin/migrations/" + migration.getId()))
                .with(csrf())
                .param("company", company.getSlug())
                .param("fromRegion", region.getCode())
                .param("fromProvider", alibaba.getSlug())
                .param("toProvider", aws.getSlug())
                .param("announcedOn", "2024-01-01")
                .param("announcedPrecision", "YEAR")
                .param("completedOn", "2024-09-01")
                .param("completedPrecision", "MONTH")
                .param("status", "COMPLETED")
                .param("reason", "COST")
                .param("confidence", "REPORTED")
                .param("version", String.valueOf(version));
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        assertThat(editor(mvc.post().uri("/admin/migrations"))
                        .param("company", company.getSlug())
                        .param("fromRegion", region.getCode())
                        .param("fromProvider", alibaba.getSlug())
                        .param("announcedOn", "2024-01-10"))
                .hasStatus(403);
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isZero();
    }

    @Test
    void aRelocationsPreviewSaysTheAdoptionEndsInOneRegionAndBeginsInTheOtherAndSavingDoesIt() {
        Region singapore = data.region();
        java.util.function.Function<String, MockMvcRequestBuilder> relocation =
                action -> editor(mvc.post().uri("/admin/migrations"))
                        .with(csrf())
                        .param("company", company.getSlug())
                        .param("fromRegion", region.getCode())
                        .param("toRegion", singapore.getCode())
                        .param("fromProvider", alibaba.getSlug())
                        .param("toProvider", alibaba.getSlug())
                        .param("announcedOn", "2020-08-17")
                        .param("announcedPrecision", "DAY")
                        .param("completedOn", "2021-01-01")
                        .param("completedPrecision", "DAY")
                        .param("status", "COMPLETED")
                        .param("reason", "GEOPOLITICS_COMPLIANCE")
                        .param("confidence", "REPORTED")
                        .param("action", action);

        assertThat(relocation.apply("preview"))
                .hasStatusOk()
                .bodyText()
                .contains("Ends: " + alibaba.getName() + " in " + region.getName())
                .contains("Begins: " + alibaba.getName() + " in " + singapore.getName());
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?"))
                .isZero();

        assertThat(relocation.apply("save")).hasStatus3xxRedirection();
        assertThat(jdbc.sql("""
                        SELECT r.code FROM adoption a JOIN region r ON r.id = a.region_id
                        WHERE a.company_id = ? AND a.end_date IS NULL""").param(company.getId()).query(String.class).list())
                .containsExactly(singapore.getCode());
        assertThat(mvc.get().uri("/migrations?company=" + company.getSlug()))
                .bodyText()
                .contains(region.getName() + " → " + singapore.getName());
    }

    @Test
    void theFormOffersNotDisclosedForBothProvidersAndTheRegionMovedTo() {
        assertThat(editor(mvc.get().uri("/admin/migrations/new")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"toRegion\"")
                .containsPattern("id=\"fromProvider\"[^>]*>\\s*<option value=\"\"[^>]*>Choose…</option>\\s*"
                        + "<option value=\"_undisclosed\">not disclosed</option>")
                .containsPattern("id=\"toProvider\"[^>]*>\\s*<option value=\"\"[^>]*>not disclosed</option>");
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResultAssert completed(String action) {
        return assertThat(editor(mvc.post().uri("/admin/migrations"))
                .with(csrf())
                .param("company", company.getSlug())
                .param("fromRegion", region.getCode())
                .param("fromProvider", alibaba.getSlug())
                .param("toProvider", aws.getSlug())
                .param("announcedOn", "2024-01-10")
                .param("announcedPrecision", "DAY")
                .param("completedOn", "2024-03-15")
                .param("completedPrecision", "MONTH")
                .param("status", "COMPLETED")
                .param("reason", "COST")
                .param("confidence", "REPORTED")
                .param("sources[0].url", "https://example.org/move-" + company.getSlug())
                .param("sources[0].title", "The move")
                .param("sources[1].url", "")
                .param("action", action));
    }

    private long count(String sql) {
        var statement = jdbc.sql(sql);
        if (sql.contains("?")) {
            statement = statement.param(company.getId());
        }
        return statement.query(Long.class).single();
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
