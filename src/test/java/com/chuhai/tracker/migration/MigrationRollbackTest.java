package com.chuhai.tracker.migration;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.adoption.ProviderSwitch;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.util.AopTestUtils;

/**
 * When the last step of recording a completed migration fails (after the migration was inserted, the
 * old adoption's end written and the new one inserted, all flushed to the database), nothing of it
 * stays.
 */
@IntegrationTest
class MigrationRollbackTest {

    @MockitoSpyBean
    AdoptionService adoptionService;

    @Autowired
    MigrationService service;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager entityManager;

    @Test
    void rollsBackEverythingWhenTheSwitchFailsAtItsEnd() {
        Company company = data.company(Sector.SOCIAL_CONTENT, 2017);
        Region region = data.region();
        CloudProvider alibaba = data.provider("CN");
        CloudProvider oracle = data.provider("US");
        data.adoption(company, alibaba, region, year(2018), null);
        AtomicReference<ProviderSwitch> written = new AtomicReference<>();
        doAnswer(invocation -> {
                    written.set((ProviderSwitch) invocation.callRealMethod());
                    entityManager.flush();
                    throw new IllegalStateException("simulated failure after the adoptions were written");
                })
                .when(AopTestUtils.<AdoptionService>getUltimateTargetObject(adoptionService))
                .switchProvider(any(), any(), any(), any(), any(), any(), any(), any());

        assertThatThrownBy(() -> service.record(new Migration(
                        company,
                        Migration.Move.within(region),
                        alibaba,
                        oracle,
                        year(2022),
                        year(2022),
                        MigrationStatus.COMPLETED,
                        MigrationReason.COST,
                        Confidence.REPORTED)))
                .hasMessageContaining("simulated failure");

        assertThat(written.get().opened())
                .as("the new adoption was inserted before the failure")
                .get()
                .extracting(Adoption::getId)
                .isNotNull();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM cloud_migration WHERE company_id = ?")
                        .param(company.getId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        SELECT p.slug || ':' || COALESCE(CAST(a.end_date AS VARCHAR), 'open') || ':v' || a.version
                        FROM adoption a JOIN cloud_provider p ON p.id = a.provider_id
                        WHERE a.company_id = ?""").param(company.getId()).query(String.class).list())
                .containsExactly(alibaba.getSlug() + ":open:v0");
    }
}
