package com.chuhai.tracker.stats;

import static com.chuhai.tracker.shared.PreciseDate.day;
import static com.chuhai.tracker.shared.PreciseDate.month;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionRepository;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.CloudProviderRepository;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics as StatsService counts them (from spells kept in step by every write) must equal
 * the straightforward SQL of {@link StatsOracle} on varied random datasets: multi-cloud companies,
 * undisclosed operators, ended and unreported starts, unknown founding years, unsourced adoptions,
 * relocations, and dates on every boundary. Each dataset is written through the entities (so the
 * spells are maintained as in the app), then edited (sectors, founding years, ends, deletions, a
 * provider's country), and compared again. Each test runs in a transaction that is rolled back.
 */
@IntegrationTest
@Transactional
class StatsOracleTest {

    private static final String[] COUNTRIES = {"US", "US", "CN", "CN", "NO", null};

    @Autowired
    StatsService stats;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CacheManager caches;

    @Autowired
    AdoptionRepository adoptions;

    @Autowired
    CompanyRepository companies;

    @Autowired
    CloudProviderRepository providers;

    StatsOracle oracle;
    Random random;
    List<CloudProvider> providerList = new ArrayList<>();
    List<Region> regions = new ArrayList<>();
    List<Company> companyList = new ArrayList<>();
    List<Adoption> adoptionList = new ArrayList<>();
    TreeSet<LocalDate> boundaries = new TreeSet<>();

    @BeforeEach
    void startFromEmptyTables() {
        oracle = new StatsOracle(jdbc, clock);
        for (String table : List.of(
                "adoption_source", "migration_source", "adoption", "cloud_migration", "market_share", "source")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("UPDATE company SET parent_id = NULL").update();
        jdbc.sql("DELETE FROM company").update();
        forgetCachedResults();
    }

    @ParameterizedTest(name = "dataset {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void fastStatisticsEqualTheOracle(long seed) {
        random = new Random(seed);
        build();
        compareAll();

        edit();
        forgetCachedResults();
        compareAll();
    }

    private void build() {
        for (String country : COUNTRIES) {
            providerList.add(data.provider(country));
        }
        for (RegionCategory category : RegionCategory.values()) {
            regions.add(data.region(category));
        }
        regions.add(data.region(RegionCategory.MAJOR_MARKET));
        int companyCount = 15 + random.nextInt(15);
        for (int i = 0; i < companyCount; i++) {
            Integer founded = random.nextInt(4) == 0 ? null : 2000 + random.nextInt(24);
            Company company = data.company(pick(Sector.values()), founded);
            companyList.add(company);
            if (founded != null) {
                boundaries.add(LocalDate.of(founded, 1, 1));
            }
            int count = random.nextInt(5);
            for (int j = 0; j < count; j++) {
                adoptionList.add(adoption(company));
            }
        }
        for (int i = 0; i < 25; i++) {
            Company company = pick(companyList);
            PreciseDate announced = date();
            MigrationStatus status = pick(MigrationStatus.values());
            CloudProvider from = random.nextInt(5) == 0 ? null : pick(providerList);
            CloudProvider to = random.nextInt(5) == 0 ? null : pick(providerList);
            if (random.nextBoolean()) {
                Region a = pick(regions);
                Region b = pick(regions);
                if (a != b) {
                    data.relocation(company, a, b, from, random.nextBoolean() ? from : to, announced, status);
                }
            } else if (from != to) {
                data.migration(company, pick(regions), from, to, announced, status);
            }
        }
    }

    private Adoption adoption(Company company) {
        CloudProvider provider = random.nextInt(6) == 0 ? null : pick(providerList);
        Region region = pick(regions);
        PreciseDate start = random.nextInt(4) == 0 ? null : date();
        PreciseDate end = null;
        if (random.nextInt(3) == 0) {
            LocalDate after = (start == null ? LocalDate.of(2000, 1, 1) : start.date()).plusDays(random.nextInt(3000));
            end = day(after);
            boundaries.add(after);
        }
        if (start != null) {
            boundaries.add(start.date());
        }
        return random.nextBoolean()
                ? data.adoption(company, provider, region, start, end)
                : data.unsourcedAdoption(company, provider, region, start, end);
    }

    /** A date of any precision, often on a year's or month's edge. */
    private PreciseDate date() {
        int y = 2000 + random.nextInt(26);
        return switch (random.nextInt(4)) {
            case 0 -> year(y);
            case 1 -> month(y, 1 + random.nextInt(12));
            case 2 -> day(LocalDate.of(y, 12, 31));
            default -> day(LocalDate.of(y, 1, 1).plusDays(random.nextInt(365)));
        };
    }

    /** Changes through the entities what the spells derive from; each change is flushed as the app would. */
    private void edit() {
        for (int i = 0; i < 6; i++) {
            Company company = pick(companyList);
            company.revise(company.getSlug(), company.getName(), pick(Sector.values()));
            company.setFoundedYear(random.nextBoolean() ? null : 1995 + random.nextInt(30));
            companies.saveAndFlush(company);
            if (company.getFoundedYear() != null) {
                boundaries.add(LocalDate.of(company.getFoundedYear(), 1, 1));
            }
        }
        for (Adoption adoption : List.copyOf(adoptionList)) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    adoptions.delete(adoption);
                    adoptions.flush();
                    adoptionList.remove(adoption);
                }
                case 1 -> {
                    LocalDate end = adoption.getStartDate() == null
                            ? LocalDate.of(2010 + random.nextInt(15), 6, 1)
                            : adoption.getStartDate().plusDays(random.nextInt(2000));
                    adoption.revise(
                            pick(companyList),
                            random.nextInt(5) == 0 ? null : pick(providerList),
                            pick(regions),
                            adoption.getStartDate() == null ? null : day(adoption.getStartDate()),
                            day(end),
                            adoption.getWorkload(),
                            Confidence.REPORTED);
                    adoptions.saveAndFlush(adoption);
                    boundaries.add(end);
                }
                case 2 -> {
                    adoption.replaceSources(List.of());
                    adoptions.saveAndFlush(adoption);
                }
                default -> {}
            }
        }
        CloudProvider moved = pick(providerList);
        moved.revise(moved.getSlug(), moved.getName(), moved.getKind(), "CN", moved.getWebsite());
        providers.saveAndFlush(moved);
        adoptionList.add(adoption(pick(companyList)));
    }

    private void compareAll() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate boundary : boundaries) {
            dates.add(boundary.minusDays(1));
            dates.add(boundary);
        }
        dates.add(LocalDate.of(1999, 12, 31));
        dates.add(stats.today());
        for (LocalDate asOf : dates) {
            Sector sector = random.nextInt(3) == 0 ? pick(Sector.values()) : null;
            String region = random.nextInt(3) == 0 ? pick(regions).getCode() : null;
            StatsFilter filter = new StatsFilter(asOf, sector, region);
            assertThat(stats.snapshot(filter)).as("snapshot %s", filter).isEqualTo(oracle.snapshot(filter));
        }
        for (Sector sector : new Sector[] {null, pick(Sector.values())}) {
            for (String region : new String[] {null, pick(regions).getCode(), "no-such-region"}) {
                int thisYear = stats.today().getYear();
                for (int[] window : new int[][] {{1998, thisYear}, {2003, 2015}, {thisYear, thisYear}, {2020, 2030}}) {
                    assertThat(stats.timeline(window[0], window[1], sector, region))
                            .as("timeline %s-%s %s %s", window[0], window[1], sector, region)
                            .isEqualTo(oracle.timeline(window[0], window[1], sector, region));
                }
                LocalDate from = LocalDate.of(2000 + random.nextInt(20), 1, 1);
                LocalDate to = from.plusDays(random.nextInt(4000));
                assertThat(stats.flows(from, to, sector, region))
                        .as("flows %s..%s %s %s", from, to, sector, region)
                        .isEqualTo(oracle.flows(from, to, sector, region));
                forgetCachedResults();
            }
        }
    }

    /** A rolled-back write (rightly) drops no cache: results of the data before must not be served. */
    private void forgetCachedResults() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
