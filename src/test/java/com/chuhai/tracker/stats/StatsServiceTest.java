package com.chuhai.tracker.stats;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.month;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pins each counting rule of DESIGN.md on a hand-built dataset. Each test runs in a transaction that
 * first empties the fact tables and is rolled back at the end, so the counts see only its own rows.
 */
@IntegrationTest
@Transactional
class StatsServiceTest {

    private static final LocalDate NOW = LocalDate.of(2024, 6, 30);

    @Autowired
    StatsService stats;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    CloudProvider aws;
    CloudProvider gcp;
    CloudProvider alibaba;
    CloudProvider colocation;
    CloudProvider ownDataCentres;
    Region us;
    Region eu;

    @Autowired
    CacheManager caches;

    /**
     * Each test writes in a transaction that is rolled back, which (rightly) drops no cache: the
     * results of another test's data must not be served from memory.
     */
    @BeforeEach
    void startFromEmptyTables() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
        for (String table : List.of(
                "adoption_source", "migration_source", "adoption", "cloud_migration", "market_share", "source")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("UPDATE company SET parent_id = NULL").update();
        jdbc.sql("DELETE FROM company").update();
        aws = data.provider("US");
        gcp = data.provider("US");
        alibaba = data.provider("CN");
        colocation = data.provider("NO");
        ownDataCentres = data.provider(null);
        us = data.region();
        eu = data.region();
    }

    @Test
    void countsMultiCloudCompanyInEachOriginItUsesAndOnceInTracked() {
        Company multiCloud = data.company(Sector.GAMING, 2010);
        data.adoption(multiCloud, aws, us, month(2019, 1), null);
        data.adoption(multiCloud, gcp, us, year(2020), null);
        data.adoption(multiCloud, alibaba, eu, year(2018), null);
        data.adoption(multiCloud, colocation, eu, year(2018), null);

        OriginCounts counts = stats.headline(StatsFilter.on(NOW)).counts();

        assertThat(counts).isEqualTo(new OriginCounts(1, 1, 1, 1, 1));
        assertThat(counts.percentOfTracked(counts.us())).isEqualTo(100.0);
    }

    @Test
    void countsCompaniesDistinctPerProvider() {
        Company twoRegions = data.company(Sector.GAMING, 2010);
        data.adoption(twoRegions, aws, us, year(2015), null);
        data.adoption(twoRegions, aws, eu, year(2016), null);
        Company other = data.company(Sector.FINTECH, 2010);
        data.adoption(other, aws, eu, year(2016), null);
        data.adoption(other, alibaba, eu, year(2016), null);

        assertThat(stats.byProvider(StatsFilter.on(NOW)))
                .extracting(ProviderCount::provider, ProviderCount::origin, ProviderCount::companies)
                .startsWith(tuple(aws.getSlug(), Origin.US, 2L), tuple(alibaba.getSlug(), Origin.CN, 1L))
                .contains(
                        tuple(gcp.getSlug(), Origin.US, 0L),
                        tuple(colocation.getSlug(), Origin.OTHER, 0L),
                        tuple(ownDataCentres.getSlug(), Origin.OTHER, 0L));
    }

    @Test
    void countsPerProviderWithinTheFilters() {
        Company gaming = data.company(Sector.GAMING, 2010);
        data.adoption(gaming, aws, us, year(2015), null);
        data.adoption(gaming, alibaba, eu, year(2015), null);
        Company fintech = data.company(Sector.FINTECH, 2010);
        data.adoption(fintech, aws, eu, year(2015), null);

        assertThat(stats.byProvider(new StatsFilter(NOW, Sector.GAMING, null)))
                .extracting(ProviderCount::provider, ProviderCount::companies)
                .contains(tuple(aws.getSlug(), 1L), tuple(alibaba.getSlug(), 1L));
        assertThat(stats.byProvider(new StatsFilter(NOW, null, eu.getCode())))
                .extracting(ProviderCount::provider, ProviderCount::companies)
                .contains(tuple(aws.getSlug(), 1L), tuple(alibaba.getSlug(), 1L));
        assertThat(stats.byProvider(new StatsFilter(NOW, Sector.FINTECH, us.getCode())))
                .extracting(ProviderCount::companies)
                .containsOnly(0L);
    }

    @Test
    void stopsCountingAnAdoptionOnItsEndDate() {
        Company company = data.company(Sector.E_COMMERCE, 2008);
        data.adoption(company, aws, us, year(2015), month(2020, 6));

        assertThat(stats.headline(StatsFilter.on(LocalDate.of(2020, 5, 31)))
                        .counts()
                        .us())
                .isEqualTo(1);
        assertThat(stats.headline(StatsFilter.on(LocalDate.of(2020, 6, 1))).counts())
                .isEqualTo(OriginCounts.NONE);
        assertThat(stats.headline(StatsFilter.on(NOW)).counts()).isEqualTo(OriginCounts.NONE);
    }

    @Test
    void countsAnUnreportedStartFromTheFoundingYear() {
        Company company = data.company(Sector.HARDWARE_EV, 2016);
        data.adoption(company, aws, us, null, null);

        assertThat(stats.headline(StatsFilter.on(LocalDate.of(2015, 12, 31)))
                        .counts()
                        .tracked())
                .isZero();
        assertThat(stats.headline(StatsFilter.on(LocalDate.of(2016, 1, 1)))
                        .counts()
                        .tracked())
                .isEqualTo(1);
    }

    @Test
    void countsAnUnreportedStartWithoutFoundingYearAtAnyDate() {
        Company company = data.company(Sector.HARDWARE_EV, null);
        data.adoption(company, alibaba, us, null, null);

        assertThat(stats.headline(StatsFilter.on(LocalDate.of(1999, 1, 1))).counts())
                .isEqualTo(new OriginCounts(1, 0, 1, 0, 0));
    }

    @Test
    void countsAsOfADateInThePast() {
        Company mover = data.company(Sector.SOCIAL_CONTENT, 2017);
        data.adoption(mover, alibaba, us, null, month(2021, 5));
        data.adoption(mover, gcp, us, month(2019, 5), null);
        Company newcomer = data.company(Sector.E_COMMERCE, 2022);
        data.adoption(newcomer, aws, us, year(2023), null);

        assertThat(stats.headline(StatsFilter.on(LocalDate.of(2020, 12, 31))).counts())
                .isEqualTo(new OriginCounts(1, 1, 1, 0, 1));
        assertThat(stats.headline(StatsFilter.on(NOW)).counts()).isEqualTo(new OriginCounts(2, 2, 0, 0, 0));
    }

    @Test
    void narrowsByRegionAndSectorBeforeCounting() {
        Company gaming = data.company(Sector.GAMING, 2010);
        data.adoption(gaming, aws, us, year(2015), null);
        data.adoption(gaming, alibaba, eu, year(2015), null);
        Company fintech = data.company(Sector.FINTECH, 2010);
        data.adoption(fintech, alibaba, us, year(2015), null);

        assertThat(stats.headline(new StatsFilter(NOW, null, us.getCode())).counts())
                .isEqualTo(new OriginCounts(2, 1, 1, 0, 0));
        assertThat(stats.headline(new StatsFilter(NOW, Sector.GAMING, null)).counts())
                .isEqualTo(new OriginCounts(1, 1, 1, 0, 1));
        assertThat(stats.headline(new StatsFilter(NOW, Sector.GAMING, us.getCode()))
                        .counts())
                .isEqualTo(new OriginCounts(1, 1, 0, 0, 0));
        assertThat(stats.headline(new StatsFilter(NOW, Sector.EDUCATION, null)).counts())
                .isEqualTo(OriginCounts.NONE);
    }

    @Test
    void countsPerRegionAndPerSector() {
        Company gaming = data.company(Sector.GAMING, 2010);
        data.adoption(gaming, aws, us, year(2015), null);
        data.adoption(gaming, alibaba, us, year(2015), null);
        data.adoption(gaming, alibaba, eu, year(2015), null);
        Company fintech = data.company(Sector.FINTECH, 2010);
        data.adoption(fintech, colocation, eu, year(2015), null);

        assertThat(stats.byRegion(StatsFilter.on(NOW)))
                .extracting(GroupCount::key, GroupCount::counts)
                .contains(
                        tuple(us.getCode(), new OriginCounts(1, 1, 1, 0, 1)),
                        tuple(eu.getCode(), new OriginCounts(2, 0, 1, 1, 0)));
        assertThat(stats.bySector(StatsFilter.on(NOW)))
                .hasSize(Sector.values().length)
                .extracting(GroupCount::key, GroupCount::counts)
                .contains(
                        tuple("GAMING", new OriginCounts(1, 1, 1, 0, 1)),
                        tuple("FINTECH", new OriginCounts(1, 0, 0, 1, 0)),
                        tuple("EDUCATION", OriginCounts.NONE));
    }

    @Test
    void reportsHowManyCountedAdoptionsLackASource() {
        Company company = data.company(Sector.GAMING, 2010);
        data.adoption(company, aws, us, year(2015), null);
        data.unsourcedAdoption(company, gcp, us, year(2015), null);
        data.unsourcedAdoption(company, alibaba, us, year(2015), year(2016));

        Headline headline = stats.headline(StatsFilter.on(NOW));

        assertThat(headline.unsourced()).isEqualTo(1);
        assertThat(headline.counts().tracked()).isEqualTo(1);
    }

    @Test
    void countsTheTimelineAtTheEndOfEachYearAndTodayForTheCurrentYear() {
        int thisYear = stats.today().getYear();
        Company mover = data.company(Sector.SOCIAL_CONTENT, 2017);
        data.adoption(mover, alibaba, us, null, month(2021, 5));
        data.adoption(mover, gcp, us, month(2019, 5), null);
        Company late = data.company(Sector.GAMING, 2010);
        data.adoption(late, aws, eu, day(stats.today()), null);

        List<TimelinePoint> points = stats.timeline(2016, thisYear + 3, null, null);

        assertThat(points)
                .extracting(TimelinePoint::year)
                .startsWith(2016, 2017)
                .endsWith(thisYear);
        assertThat(points.get(0).counts()).isEqualTo(OriginCounts.NONE);
        assertThat(points.get(1))
                .isEqualTo(new TimelinePoint(2017, LocalDate.of(2017, 12, 31), new OriginCounts(1, 0, 1, 0, 0)));
        assertThat(points.get(3).counts()).isEqualTo(new OriginCounts(1, 1, 1, 0, 1));
        assertThat(points.get(5).counts()).isEqualTo(new OriginCounts(1, 1, 0, 0, 0));
        assertThat(points.get(points.size() - 1))
                .isEqualTo(new TimelinePoint(thisYear, stats.today(), new OriginCounts(2, 2, 0, 0, 0)));
        assertThat(stats.timeline(2020, 2020, Sector.SOCIAL_CONTENT, null)
                        .get(0)
                        .counts())
                .isEqualTo(new OriginCounts(1, 1, 1, 0, 1));
        assertThat(stats.timeline(2020, 2020, Sector.GAMING, null).get(0).counts())
                .isEqualTo(OriginCounts.NONE);
        assertThat(stats.timeline(2020, 2020, null, eu.getCode()).get(0).counts())
                .isEqualTo(OriginCounts.NONE);
    }

    @Test
    void countsFlowsWithUndisclosedDestinationsAsTheirOwnBucket() {
        Company company = data.company(Sector.SOCIAL_CONTENT, 2017);
        data.migration(company, us, alibaba, null, day(LocalDate.of(2021, 5, 13)), MigrationStatus.COMPLETED);
        data.migration(company, us, ownDataCentres, aws, month(2022, 6), MigrationStatus.IN_PROGRESS);
        data.migration(company, eu, alibaba, aws, year(2022), MigrationStatus.COMPLETED);
        data.migration(company, eu, alibaba, gcp, year(2022), MigrationStatus.CANCELLED);
        data.migration(company, eu, gcp, aws, year(2019), MigrationStatus.COMPLETED);

        Flows flows = stats.flows(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null, null);

        assertThat(flows.providers())
                .extracting(Flows.ProviderFlow::from, Flows.ProviderFlow::to, Flows.ProviderFlow::count)
                .containsExactlyInAnyOrder(
                        tuple(alibaba.getSlug(), null, 1L),
                        tuple(ownDataCentres.getSlug(), aws.getSlug(), 1L),
                        tuple(alibaba.getSlug(), aws.getSlug(), 1L));
        assertThat(flows.origins())
                .extracting(Flows.OriginFlow::from, Flows.OriginFlow::to, Flows.OriginFlow::count)
                .containsExactlyInAnyOrder(
                        tuple(Origin.CN, null, 1L),
                        tuple(Origin.OTHER, Origin.US, 1L),
                        tuple(Origin.CN, Origin.US, 1L));
        assertThat(stats.flows(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), null, eu.getCode())
                        .providers())
                .extracting(Flows.ProviderFlow::from, Flows.ProviderFlow::to)
                .containsExactly(tuple(alibaba.getSlug(), aws.getSlug()));
        Company gaming = data.company(Sector.GAMING, 2010);
        data.migration(gaming, us, gcp, aws, year(2021), MigrationStatus.ANNOUNCED);
        assertThat(stats.flows(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), Sector.GAMING, null)
                        .providers())
                .extracting(Flows.ProviderFlow::from, Flows.ProviderFlow::to, Flows.ProviderFlow::count)
                .containsExactly(tuple(gcp.getSlug(), aws.getSlug(), 1L));
    }

    @Test
    void countsDataWithAnUndisclosedOperatorInItsOwnBucketAndInTrackedNeverAsAnotherOrigin() {
        Company unnamedOnly = data.company(Sector.HARDWARE_EV, 2014);
        data.adoption(unnamedOnly, null, eu, null, null);
        Company both = data.company(Sector.GAMING, 2010);
        data.adoption(both, aws, us, year(2015), null);
        data.adoption(both, null, eu, year(2017), null);
        Company ended = data.company(Sector.GAMING, 2010);
        data.adoption(ended, null, us, year(2015), year(2020));

        StatsFilter today = StatsFilter.on(NOW);
        assertThat(stats.headline(today).counts()).isEqualTo(new OriginCounts(2, 1, 0, 0, 2, 0));
        assertThat(stats.byRegion(today))
                .filteredOn(group -> group.key().equals(eu.getCode()))
                .singleElement()
                .extracting(GroupCount::counts)
                .isEqualTo(new OriginCounts(2, 0, 0, 0, 2, 0));
        assertThat(stats.byRegion(today))
                .filteredOn(group -> group.key().equals(us.getCode()))
                .singleElement()
                .extracting(GroupCount::counts)
                .isEqualTo(new OriginCounts(1, 1, 0, 0, 0, 0));
        assertThat(stats.bySector(today))
                .filteredOn(group -> group.key().equals("HARDWARE_EV"))
                .singleElement()
                .extracting(GroupCount::counts)
                .isEqualTo(new OriginCounts(1, 0, 0, 0, 1, 0));
        assertThat(stats.byProvider(today))
                .extracting(ProviderCount::provider, ProviderCount::companies)
                .startsWith(tuple(aws.getSlug(), 1L));
        assertThat(stats.timeline(2019, 2019, null, us.getCode()).get(0).counts())
                .isEqualTo(new OriginCounts(2, 1, 0, 0, 1, 0));
    }

    @Test
    void countsRelocationsRegionToRegionAndUndisclosedOriginsOnEitherSide() {
        Company bigo = data.company(Sector.SOCIAL_CONTENT, 2014);
        data.relocation(
                bigo,
                us,
                eu,
                ownDataCentres,
                ownDataCentres,
                day(LocalDate.of(2020, 8, 17)),
                MigrationStatus.IN_PROGRESS);
        Company yoozoo = data.company(Sector.GAMING, 2009);
        data.migration(yoozoo, eu, null, gcp, year(2021), MigrationStatus.COMPLETED);

        Flows flows = stats.flows(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), null, null);

        assertThat(flows.regions())
                .extracting(Flows.RegionFlow::from, Flows.RegionFlow::to, Flows.RegionFlow::count)
                .containsExactly(tuple(us.getCode(), eu.getCode(), 1L));
        assertThat(flows.providers())
                .as("a relocation that keeps its provider is no provider flow")
                .extracting(Flows.ProviderFlow::from, Flows.ProviderFlow::to, Flows.ProviderFlow::count)
                .containsExactly(tuple(null, gcp.getSlug(), 1L));
        assertThat(flows.origins())
                .extracting(Flows.OriginFlow::from, Flows.OriginFlow::to, Flows.OriginFlow::count)
                .containsExactly(tuple(null, Origin.US, 1L));
        assertThat(flows.total()).isEqualTo(2);
        assertThat(stats.flows(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31), null, us.getCode())
                        .regions())
                .as("a region filter keeps the relocations leaving it")
                .hasSize(1);
    }

    @Test
    void countsWhereTheDataLivesPerKindOfRegionWithACompanyInEveryKindItUses() {
        Region destination = data.region(RegionCategory.MAJOR_MARKET);
        Region hub = data.region(RegionCategory.NEUTRAL_HUB);
        Region mainland = data.region(RegionCategory.MAINLAND_CHINA);
        Company global = data.company(Sector.SOCIAL_CONTENT, 2012);
        data.adoption(global, aws, destination, year(2020), null);
        data.adoption(global, alibaba, hub, year(2019), null);
        Company unnamed = data.company(Sector.HARDWARE_EV, 2014);
        data.adoption(unnamed, null, destination, null, null);
        data.adoption(unnamed, aws, destination, year(2021), null);
        Company home = data.company(Sector.GAMING, 2010);
        data.adoption(home, alibaba, mainland, year(2015), year(2019));

        assertThat(stats.byRegionCategory(StatsFilter.on(NOW)))
                .extracting(GroupCount::key, GroupCount::counts)
                .containsExactly(
                        tuple("MAJOR_MARKET", new OriginCounts(2, 2, 0, 0, 1, 0)),
                        tuple("NEUTRAL_HUB", new OriginCounts(1, 0, 1, 0, 0, 0)),
                        tuple("MAINLAND_CHINA", OriginCounts.NONE),
                        tuple("OTHER", OriginCounts.NONE));
        assertThat(stats.byRegionCategory(StatsFilter.on(LocalDate.of(2018, 6, 30))))
                .extracting(GroupCount::key, group -> group.counts().tracked())
                .containsExactly(
                        tuple("MAJOR_MARKET", 1L),
                        tuple("NEUTRAL_HUB", 0L),
                        tuple("MAINLAND_CHINA", 1L),
                        tuple("OTHER", 0L));
        assertThat(stats.snapshot(StatsFilter.on(NOW)).byRegionCategory())
                .isEqualTo(stats.byRegionCategory(StatsFilter.on(NOW)));
    }
}
