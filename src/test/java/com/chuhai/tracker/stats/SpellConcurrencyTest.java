package com.chuhai.tracker.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionRepository;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.CloudProviderRepository;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionRepository;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions writing adoptions of one company at once: the second recomputes the company's
 * spells only after the first has committed (it waits on the company's row), so it neither keeps the
 * first's spells beside its own (the company counted twice) nor misses the first's adoption.
 */
@IntegrationTest
class SpellConcurrencyTest {

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AdoptionRepository adoptions;

    @Autowired
    CompanyRepository companies;

    @Autowired
    CloudProviderRepository providers;

    @Autowired
    RegionRepository regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoWritersOfOneCompanyLeaveOneSetOfSpells() throws Exception {
        Company company = data.company(Sector.GAMING, 2015);
        CloudProvider us = data.provider("US");
        CloudProvider cn = data.provider("CN");
        Region region = data.region();
        CountDownLatch firstFlushed = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            adopt(company, us, region, 2018);
            firstFlushed.countDown();
            pause();
        }));
        assertThat(firstFlushed.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(tx -> adopt(company, cn, region, 2020)));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);

        List<String> spells = jdbc.sql("""
                        SELECT COALESCE(CAST(valid_from AS VARCHAR(10)), '-') || ' ' || origins FROM company_spell
                        WHERE company_id = :company ORDER BY valid_from""")
                .param("company", company.getId())
                .query(String.class)
                .list();
        assertThat(spells)
                .as("the company's spells: US from 2018, US and CN from 2020")
                .containsExactly(
                        "2018-01-01 " + Spells.bit(Origin.US),
                        "2020-01-01 " + (Spells.bit(Origin.US) | Spells.bit(Origin.CN)));
    }

    private void adopt(Company company, CloudProvider provider, Region region, int year) {
        adoptions.saveAndFlush(new Adoption(
                companies.getReferenceById(company.getId()),
                providers.getReferenceById(provider.getId()),
                regions.getReferenceById(region.getId()),
                PreciseDate.year(year),
                "concurrency",
                Confidence.REPORTED));
    }

    /** The first writer holds its transaction open a while, so that the second writes meanwhile. */
    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
