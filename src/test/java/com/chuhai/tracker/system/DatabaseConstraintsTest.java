package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses what would corrupt the facts, whatever code writes to it. */
@IntegrationTest
class DatabaseConstraintsTest {

    private static final String AUDIT = ", created_at, updated_at, created_by, updated_by";
    private static final String AUDIT_VALUES = ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test', 'test'";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    Company company;
    CloudProvider provider;
    CloudProvider other;
    Region region;

    @BeforeEach
    void setUp() {
        company = data.company(Sector.GAMING, 2010);
        provider = data.provider("US");
        other = data.provider("CN");
        region = data.region();
    }

    @Test
    void refusesAnAdoptionEndingBeforeItStarts() {
        assertRefused(
                "ck_adoption_dates",
                "INSERT INTO adoption (company_id, provider_id, region_id, start_date, start_precision,"
                        + " end_date, end_precision, confidence" + AUDIT + ") VALUES (" + company.getId() + ", "
                        + provider.getId() + ", " + region.getId()
                        + ", DATE '2022-01-01', 'YEAR', DATE '2021-01-01', 'YEAR', 'REPORTED'" + AUDIT_VALUES + ")");
    }

    @Test
    void refusesAMigrationToTheSameProvider() {
        assertRefused(
                "ck_migration_providers",
                migration(provider.getId(), provider.getId(), "COMPLETED", "DATE '2022-01-01', 'YEAR'"));
    }

    @Test
    void refusesACompletedMigrationWithoutCompletionDate() {
        assertRefused("ck_migration_completed", migration(provider.getId(), other.getId(), "COMPLETED", "NULL, NULL"));
    }

    @Test
    void refusesUnknownEnumerationValues() {
        assertRefused("ck_migration_status", migration(provider.getId(), other.getId(), "FINISHED", "NULL, NULL"));
        assertRefused(
                "ck_company_sector",
                "INSERT INTO company (slug, name, sort_name, sector" + AUDIT + ") VALUES ('" + TestData.unique("c")
                        + "', 'X', 'x', 'MINING'" + AUDIT_VALUES + ")");
    }

    @Test
    void refusesDuplicateSlugsCodesAndSourceUrls() {
        assertRefused(
                "uk_company_slug",
                "INSERT INTO company (slug, name, sort_name, sector" + AUDIT + ") VALUES ('" + company.getSlug()
                        + "', 'Copy', 'copy', 'GAMING'" + AUDIT_VALUES + ")");
        assertRefused(
                "uk_cloud_provider_slug",
                "INSERT INTO cloud_provider (slug, name, kind" + AUDIT + ") VALUES ('" + provider.getSlug()
                        + "', 'Copy', 'PUBLIC_CLOUD'" + AUDIT_VALUES + ")");
        assertRefused(
                "uk_region_code",
                "INSERT INTO region (code, name, category" + AUDIT + ") VALUES ('" + region.getCode()
                        + "', 'Copy', 'OTHER'" + AUDIT_VALUES + ")");
        String url = data.source().getUrl();
        assertRefused(
                "uk_source_url",
                "INSERT INTO source (url, title" + AUDIT + ") VALUES ('" + url + "', 'Copy'" + AUDIT_VALUES + ")");
    }

    @Test
    void refusesToDeleteAProviderInUseAndKeepsIt() {
        data.adoption(company, provider, region, null, null);

        assertRefused("fk_adoption_provider", "DELETE FROM cloud_provider WHERE id = " + provider.getId());

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cloud_provider WHERE id = ?")
                        .param(provider.getId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String migration(long from, long to, String status, String completed) {
        return "INSERT INTO cloud_migration (company_id, from_region_id, to_region_id, from_provider_id,"
                + " to_provider_id, announced_on, announced_precision, completed_on, completed_precision, status,"
                + " reason, confidence" + AUDIT + ") VALUES (" + company.getId() + ", " + region.getId() + ", "
                + region.getId() + ", " + from + ", " + to
                + ", DATE '2022-01-01', 'YEAR', " + completed + ", '" + status + "', 'COST', 'REPORTED'"
                + AUDIT_VALUES + ")";
    }

    /** The statement fails on the named constraint (not on something else that happens to be wrong). */
    private void assertRefused(String constraint, String sql) {
        assertThatThrownBy(() -> jdbc.sql(sql).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }
}
