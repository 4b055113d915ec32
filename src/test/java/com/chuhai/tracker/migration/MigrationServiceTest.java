package com.chuhai.tracker.migration;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.month;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.source.Source;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording a completed migration moves the adoptions in one transaction: all of it or none. */
@IntegrationTest
class MigrationServiceTest {

    @Autowired
    MigrationService service;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Company company;
    Region region;
    CloudProvider alibaba;
    CloudProvider oracle;

    @BeforeEach
    void setUp() {
        company = data.company(Sector.SOCIAL_CONTENT, 2017);
        region = data.region();
        alibaba = data.provider("CN");
        oracle = data.provider("US");
    }

    @Test
    void completedMigrationEndsTheOldAdoptionAndOpensTheNewOne() {
        data.adoption(company, alibaba, region, year(2018), null);
        Migration migration = migration(oracle, month(2022, 6), MigrationStatus.COMPLETED);
        Source source = data.source();
        migration.addSources(List.of(source));

        service.record(migration);

        assertThat(adoptionRows())
                .containsExactly(
                        tuple(alibaba.getSlug(), LocalDate.of(2018, 1, 1), LocalDate.of(2022, 6, 1), "MONTH", 1),
                        tuple(oracle.getSlug(), LocalDate.of(2022, 6, 1), null, null, 0));
        assertThat(jdbc.sql("""
                        SELECT a.start_precision || ' ' || a.confidence || ' ' || s.url
                        FROM adoption a
                        JOIN cloud_provider p ON p.id = a.provider_id
                        JOIN adoption_source j ON j.adoption_id = a.id
                        JOIN source s ON s.id = j.source_id
                        WHERE a.company_id = ? AND p.slug = ?""")
                        .params(company.getId(), oracle.getSlug())
                        .query(String.class)
                        .list())
                .as("the new adoption carries the migration's date precision, confidence and sources")
                .containsExactly(DatePrecision.MONTH + " " + Confidence.REPORTED + " " + source.getUrl());
        assertThat(migrationCount()).isEqualTo(1);
    }

    @Test
    void undisclosedDestinationEndsTheOldAdoptionAndOpensNothing() {
        data.adoption(company, alibaba, region, null, null);

        service.record(migration(null, month(2021, 5), MigrationStatus.COMPLETED));

        assertThat(adoptionRows())
                .containsExactly(tuple(alibaba.getSlug(), null, LocalDate.of(2021, 5, 1), "MONTH", 1));
        assertThat(jdbc.sql("SELECT to_provider_id FROM cloud_migration WHERE company_id = ?")
                        .param(company.getId())
                        .query(Long.class)
                        .optional())
                .isEmpty();
        assertThat(migrationCount()).isEqualTo(1);
    }

    @Test
    void migrationNotYetCompletedLeavesTheAdoptionsAlone() {
        data.adoption(company, alibaba, region, year(2018), null);

        service.record(migration(oracle, day(LocalDate.of(2022, 6, 17)), MigrationStatus.IN_PROGRESS));

        assertThat(adoptionRows()).containsExactly(tuple(alibaba.getSlug(), LocalDate.of(2018, 1, 1), null, null, 0));
        assertThat(migrationCount()).isEqualTo(1);
    }

    @Test
    void keepsAnAdoptionOfTheDestinationAlreadyInUseRatherThanOpeningASecond() {
        data.adoption(company, alibaba, region, year(2018), null);
        data.adoption(company, oracle, region, year(2019), null);

        service.record(migration(oracle, year(2022), MigrationStatus.COMPLETED));

        assertThat(adoptionRows())
                .containsExactly(
                        tuple(alibaba.getSlug(), LocalDate.of(2018, 1, 1), LocalDate.of(2022, 1, 1), "YEAR", 1),
                        tuple(oracle.getSlug(), LocalDate.of(2019, 1, 1), null, null, 0));
    }

    @Test
    void refusesACompletedMigrationFromAProviderNotInUseAndSavesNothing() {
        data.adoption(company, alibaba, region, year(2015), year(2016));

        assertThatThrownBy(() -> service.record(migration(oracle, year(2022), MigrationStatus.COMPLETED)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(alibaba.getSlug())
                .hasMessageContaining("migration.nothingToMigrate");

        assertThat(migrationCount()).isZero();
        assertThat(adoptionRows()).hasSize(1);
    }

    @Test
    void refusesACompletionBeforeAnAdoptionStartedAndSavesNothing() {
        // Two adoptions of the old provider: the first can end in 2021, the second started after
        // 2021 and cannot, so the transaction fails after the migration row was inserted.
        // (MigrationRollbackTest fails it after every write has reached the database.)
        data.adoption(company, alibaba, region, year(2015), null);
        data.adoption(company, alibaba, region, year(2023), null);

        assertThatThrownBy(() -> service.record(migration(oracle, year(2021), MigrationStatus.COMPLETED)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("adoption.endBeforeStart");

        assertThat(migrationCount()).isZero();
        assertThat(adoptionRows())
                .containsExactly(
                        tuple(alibaba.getSlug(), LocalDate.of(2015, 1, 1), null, null, 0),
                        tuple(alibaba.getSlug(), LocalDate.of(2023, 1, 1), null, null, 0));
    }

    @Test
    void refusesAMigrationToTheSameProvider() {
        assertThatThrownBy(() -> migration(alibaba, year(2022), MigrationStatus.ANNOUNCED))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void refusesACompletedMigrationWithoutItsCompletionDate() {
        assertThatThrownBy(() -> new Migration(
                        company,
                        Migration.Move.within(region),
                        alibaba,
                        oracle,
                        year(2022),
                        null,
                        MigrationStatus.COMPLETED,
                        MigrationReason.COST,
                        Confidence.REPORTED))
                .isInstanceOf(DomainException.class);
    }

    private Migration migration(CloudProvider to, PreciseDate date, MigrationStatus status) {
        PreciseDate completed = status == MigrationStatus.COMPLETED ? date : null;
        return new Migration(
                company,
                Migration.Move.within(region),
                alibaba,
                to,
                date,
                completed,
                status,
                MigrationReason.GEOPOLITICS_COMPLIANCE,
                Confidence.REPORTED);
    }

    /** The company's adoptions in the database: provider, start, end, end precision, version. */
    private List<org.assertj.core.groups.Tuple> adoptionRows() {
        return jdbc.sql("""
                        SELECT p.slug, a.start_date, a.end_date, a.end_precision, a.version
                        FROM adoption a JOIN cloud_provider p ON p.id = a.provider_id
                        WHERE a.company_id = ? ORDER BY a.id""")
                .param(company.getId())
                .query((rs, n) -> tuple(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getInt(5)))
                .list();
    }

    private long migrationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
    }
}
