package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counting rules of DESIGN.md for the dashboard and the API, each statistic one pass over the
 * data. Which adoptions are active when is worked out once, as they are written, into {@link Spells}:
 * per company (and per company and region), spans of time in which what it holds stays the same. A
 * company has at most one spell on a date, so the spells covering a date, counted per holding, are
 * companies counted distinct, and every breakdown follows from a few thousand holdings. An adoption
 * without a provider (its operator not disclosed) counts in the fourth origin bucket, UNDISCLOSED, and
 * in {@code tracked}; never in another origin.
 *
 * <p>Public results are cached by method and arguments until data changes (system/CacheConfig), so they
 * are immutable.
 */
@Service
@CacheConfig(cacheNames = "stats", keyGenerator = "methodAndArguments")
public class StatsService {

    /** The longest timeline served: enough for any history of cloud computing, bounded for the database. */
    public static final int MAX_TIMELINE_YEARS = 60;

    private final JdbcClient jdbc;
    private final Clock clock;

    StatsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The headline and every breakdown at once, from one pass, in one repeatable-read transaction so
     * that the reference data and the counts agree even while others write.
     */
    @Cacheable(sync = true)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot snapshot(StatsFilter filter) {
        Tally tally = tally(filter);
        return new Snapshot(
                tally.headline(), tally.byProvider(), tally.byRegion(), tally.bySector(), tally.byRegionCategory());
    }

    /** Tracked companies, per origin and both, and how many of the counted adoptions have no source. */
    public Headline headline(StatsFilter filter) {
        return tally(filter).headline();
    }

    /** Every provider with the distinct companies that use it, most used first. */
    @Cacheable(sync = true)
    public List<ProviderCount> byProvider(StatsFilter filter) {
        return tally(filter).byProvider();
    }

    /** Per-origin counts within each data-residency region, every region listed. */
    @Cacheable(sync = true)
    public List<GroupCount> byRegion(StatsFilter filter) {
        return tally(filter).byRegion();
    }

    /** Per-origin counts within each sector, every sector listed in its declared order. */
    public List<GroupCount> bySector(StatsFilter filter) {
        return tally(filter).bySector();
    }

    /**
     * Where the data lives: per region category (destination market, neutral hub, mainland China,
     * other), the companies with an active adoption in a region of that category, split by origin.
     * A company with data in the US and in Singapore counts in both categories. Every category listed,
     * in its declared order.
     */
    public List<GroupCount> byRegionCategory(StatsFilter filter) {
        return tally(filter).byRegionCategory();
    }

    /** Spells covering the filter's date: {@code (valid_from, valid_to]} seen from the date. */
    private static final String COVERS =
            "(valid_from IS NULL OR valid_from <= :asOf) AND (valid_to IS NULL OR valid_to > :asOf)";

    /**
     * One pass over the spells covering the filter's date, counted per holding: unfiltered, the company
     * spells grouped twice (by sector, providers and unsourced adoptions; by origins per region) from
     * one scan; within a region, that region's spells.
     */
    private Tally tally(StatsFilter filter) {
        Reference reference = reference();
        Tally tally = new Tally(filter.asOf(), reference);
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", filter.asOf());
        String sector = "";
        if (filter.sector() != null) {
            sector = " AND sector = :sector";
            params.put("sector", filter.sector().name());
        }
        if (filter.region() == null) {
            String sql = """
                    WITH active AS (SELECT sector, origins, providers, unsourced, regions FROM company_spell
                                    WHERE %s%s)
                    SELECT sector, origins, providers, unsourced, NULL AS regions, COUNT(*) AS companies
                    FROM active GROUP BY sector, origins, providers, unsourced
                    UNION ALL
                    SELECT NULL, NULL, NULL, NULL, regions, COUNT(*) FROM active GROUP BY regions
                    """.formatted(COVERS, sector);
            jdbc.sql(sql).params(params).query(rs -> {
                long companies = rs.getLong("companies");
                String regions = rs.getString("regions");
                if (regions == null) {
                    tally.add(
                            Sector.valueOf(rs.getString("sector")),
                            rs.getInt("origins"),
                            Spells.providers(rs.getString("providers")),
                            rs.getInt("unsourced"),
                            companies);
                } else {
                    tally.addRegions(Spells.regions(regions), companies);
                }
            });
            return tally;
        }
        long regionId = reference.regionId(filter.region());
        params.put("region", regionId);
        String sql = """
                SELECT sector, origins, providers, unsourced, COUNT(*) AS companies FROM region_spell
                WHERE region_id = :region AND %s%s
                GROUP BY sector, origins, providers, unsourced
                """.formatted(COVERS, sector);
        jdbc.sql(sql).params(params).query(rs -> {
            long companies = rs.getLong("companies");
            int origins = rs.getInt("origins");
            tally.add(
                    Sector.valueOf(rs.getString("sector")),
                    origins,
                    Spells.providers(rs.getString("providers")),
                    rs.getInt("unsourced"),
                    companies);
            tally.addRegions(Map.of(regionId, origins), companies);
        });
        return tally;
    }

    /**
     * The per-origin counts as of 31 December of each year from {@code fromYear} to {@code toYear}, and
     * as of today for the current year; years after the current one are left out. Sector and region
     * narrow the adoptions as in {@link StatsFilter}. One pass, a sweep: each spell counts from its
     * first year-end to its last, summed per origins and years rather than counted once per year.
     */
    @Cacheable(sync = true)
    public List<TimelinePoint> timeline(int fromYear, int toYear, Sector sector, String region) {
        LocalDate today = today();
        int lastYear = Math.min(toYear, today.getYear());
        if (fromYear > lastYear) {
            return List.of();
        }
        if (lastYear - fromYear + 1 > MAX_TIMELINE_YEARS) {
            throw new IllegalArgumentException("A timeline spans at most " + MAX_TIMELINE_YEARS + " years");
        }
        boolean reachesToday = lastYear == today.getYear();
        LocalDate first = fromYear == today.getYear() ? today : LocalDate.of(fromYear, 12, 31);
        LocalDate last = reachesToday ? today : LocalDate.of(lastYear, 12, 31);
        Map<String, Object> params = new HashMap<>();
        params.put("first", first);
        params.put("last", last);
        params.put("asOf", today);
        // Year-ends before the current year are covered from a spell's first year to the year before its
        // last; today is covered when the spell covers today.
        int afterLast = (reachesToday ? lastYear - 1 : lastYear) + 1;
        StringBuilder where = new StringBuilder(
                "WHERE (valid_to IS NULL OR valid_to > :first) AND (valid_from IS NULL OR valid_from <= :last)");
        String table = "origin_spell";
        if (sector != null) {
            where.append(" AND sector = :sector");
            params.put("sector", sector.name());
        }
        if (region != null) {
            table = "region_spell";
            where.append(" AND region_id = :region");
            params.put("region", reference().regionId(region));
        }
        String nowActive = reachesToday ? "CASE WHEN " + COVERS + " THEN 1 ELSE 0 END" : "0";
        String sql = """
                SELECT origins, from_year, to_year, now_active, COUNT(*) AS companies
                FROM (SELECT origins, from_year, to_year, %s AS now_active FROM %s %s) s
                GROUP BY origins, from_year, to_year, now_active
                """.formatted(nowActive, table, where);
        int years = lastYear - fromYear + 1;
        // Per year, the counts spells add from their first covered year-end and take away after their last.
        Counter[] changes = new Counter[years + 1];
        for (int i = 0; i <= years; i++) {
            changes[i] = new Counter();
        }
        Counter current = new Counter();
        jdbc.sql(sql).params(params).query(rs -> {
            int origins = rs.getInt("origins");
            int lo = Math.max(rs.getInt("from_year"), fromYear);
            int hi = Math.min(rs.getInt("to_year"), afterLast);
            long companies = rs.getLong("companies");
            if (lo < hi) {
                changes[lo - fromYear].add(origins, companies);
                changes[hi - fromYear].add(origins, -companies);
            }
            if (rs.getInt("now_active") == 1) {
                current.add(origins, companies);
            }
        });
        List<TimelinePoint> points = new ArrayList<>();
        Counter running = new Counter();
        for (int year = fromYear; year <= lastYear; year++) {
            running.addAll(changes[year - fromYear]);
            boolean isToday = reachesToday && year == lastYear;
            points.add(new TimelinePoint(
                    year, isToday ? today : LocalDate.of(year, 12, 31), (isToday ? current : running).counts()));
        }
        return List.copyOf(points);
    }

    /**
     * Migrations announced from {@code from} to {@code to} (inclusive), cancelled ones left out, counted
     * by provider pair and by origin pair (an undisclosed provider, on either side, is its own bucket:
     * null), and relocations by region pair. {@code region} keeps the migrations leaving or reaching it.
     * One pass: the migrations counted per provider and region pair, every flow summed from those.
     */
    @Cacheable(sync = true)
    public Flows flows(LocalDate from, LocalDate to, Sector sector, String region) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        StringBuilder sql = new StringBuilder("""
                SELECT from_provider_id, to_provider_id, from_region_id, to_region_id, COUNT(*) AS migrations
                FROM cloud_migration
                WHERE announced_on >= :from AND announced_on <= :to AND status <> 'CANCELLED'
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (sector != null) {
            sql.append(" AND company_id IN (SELECT id FROM company WHERE sector = :sector)");
            params.put("sector", sector.name());
        }
        if (region != null) {
            sql.append(" AND (from_region_id IN (SELECT id FROM region WHERE code = :region)"
                    + " OR to_region_id IN (SELECT id FROM region WHERE code = :region))");
            params.put("region", region);
        }
        sql.append(" GROUP BY from_provider_id, to_provider_id, from_region_id, to_region_id");
        record Pair(Long fromProvider, Long toProvider, long fromRegion, long toRegion, long migrations) {}
        List<Pair> pairs = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new Pair(
                        rs.getObject("from_provider_id", Long.class),
                        rs.getObject("to_provider_id", Long.class),
                        rs.getLong("from_region_id"),
                        rs.getLong("to_region_id"),
                        rs.getLong("migrations")))
                .list();
        Reference reference = reference();
        Map<List<Long>, Long> providerPairs = new LinkedHashMap<>();
        Map<List<Origin>, Long> originPairs = new LinkedHashMap<>();
        Map<List<Long>, Long> regionPairs = new LinkedHashMap<>();
        long total = 0;
        for (Pair pair : pairs) {
            total += pair.migrations();
            boolean relocation = pair.fromRegion() != pair.toRegion();
            // A relocation that keeps its provider is a region flow only.
            if (!(relocation && Objects.equals(pair.fromProvider(), pair.toProvider()))) {
                providerPairs.merge(
                        Arrays.asList(pair.fromProvider(), pair.toProvider()), pair.migrations(), Long::sum);
                originPairs.merge(
                        Arrays.asList(
                                reference.originOrNull(pair.fromProvider()), reference.originOrNull(pair.toProvider())),
                        pair.migrations(),
                        Long::sum);
            }
            if (relocation) {
                regionPairs.merge(List.of(pair.fromRegion(), pair.toRegion()), pair.migrations(), Long::sum);
            }
        }
        List<Flows.ProviderFlow> providers = new ArrayList<>();
        providerPairs.forEach((key, count) -> {
            Reference.Provider f = reference.provider(key.get(0));
            Reference.Provider t = reference.provider(key.get(1));
            providers.add(new Flows.ProviderFlow(
                    f == null ? null : f.slug(),
                    f == null ? null : f.name(),
                    t == null ? null : t.slug(),
                    t == null ? null : t.name(),
                    count));
        });
        providers.sort(Comparator.comparingLong(Flows.ProviderFlow::count)
                .reversed()
                .thenComparing(Flows.ProviderFlow::from, NULLS_LAST)
                .thenComparing(Flows.ProviderFlow::to, NULLS_LAST));
        List<Flows.OriginFlow> origins = new ArrayList<>();
        originPairs.forEach((key, count) -> origins.add(new Flows.OriginFlow(key.get(0), key.get(1), count)));
        origins.sort(Comparator.comparingLong(Flows.OriginFlow::count)
                .reversed()
                .thenComparing(f -> f.from() == null ? null : f.from().name(), NULLS_LAST)
                .thenComparing(f -> f.to() == null ? null : f.to().name(), NULLS_LAST));
        List<Flows.RegionFlow> regions = new ArrayList<>();
        regionPairs.forEach((key, count) -> {
            Reference.Region f = reference.region(key.get(0));
            Reference.Region t = reference.region(key.get(1));
            regions.add(new Flows.RegionFlow(f.code(), f.name(), t.code(), t.name(), count));
        });
        regions.sort(Comparator.comparingLong(Flows.RegionFlow::count)
                .reversed()
                .thenComparing(Flows.RegionFlow::from)
                .thenComparing(Flows.RegionFlow::to));
        return new Flows(from, to, providers, origins, regions, total);
    }

    /** Ascending, null last: how PostgreSQL (and H2 as configured) order a column with nulls. */
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private Reference reference() {
        List<Reference.Provider> providers = jdbc.sql("SELECT id, slug, name, country FROM cloud_provider")
                .query((rs, n) -> new Reference.Provider(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Origin.ofCountry(rs.getString("country"))))
                .list();
        List<Reference.Region> regions = jdbc.sql("SELECT id, code, name, category FROM region")
                .query((rs, n) -> new Reference.Region(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        RegionCategory.valueOf(rs.getString("category"))))
                .list();
        return new Reference(providers, regions);
    }

    /** The providers and regions, to name and classify what a usage holds. */
    private static final class Reference {

        record Provider(long id, String slug, String name, Origin origin) {}

        record Region(long id, String code, String name, RegionCategory category) {}

        private final List<Provider> providers;
        private final List<Region> regions;
        private final Map<Long, Provider> providerById = new HashMap<>();
        private final Map<Long, Region> regionById = new HashMap<>();

        Reference(List<Provider> providers, List<Region> regions) {
            this.providers = providers;
            this.regions = regions;
            providers.forEach(p -> providerById.put(p.id(), p));
            regions.forEach(r -> regionById.put(r.id(), r));
        }

        Provider provider(Long id) {
            return id == null ? null : providerById.get(id);
        }

        Region region(long id) {
            return regionById.get(id);
        }

        /** The id of the region with this code; -1 for a code no region has. */
        long regionId(String code) {
            return regions.stream()
                    .filter(r -> r.code().equals(code))
                    .map(Region::id)
                    .findFirst()
                    .orElse(-1L);
        }

        /** The origin of a provider; null for one not disclosed (the migrations' bucket). */
        Origin originOrNull(Long providerId) {
            return providerId == null ? null : originOf(providerId);
        }

        Origin originOf(Long providerId) {
            if (providerId == null) {
                return Origin.UNDISCLOSED;
            }
            Provider provider = providerById.get(providerId);
            return provider == null ? Origin.OTHER : provider.origin();
        }
    }

    /** Sums of per-origin counts, fed with origin bit masks (bit {@link Origin#ordinal()}). */
    private static final class Counter {

        private final long[] origins = new long[Origin.values().length];
        private long tracked;
        private long both;

        void add(int mask, long companies) {
            if (mask == 0) {
                return;
            }
            tracked += companies;
            for (Origin origin : Origin.values()) {
                if ((mask & Spells.bit(origin)) != 0) {
                    origins[origin.ordinal()] += companies;
                }
            }
            int usAndCn = Spells.bit(Origin.US) | Spells.bit(Origin.CN);
            if ((mask & usAndCn) == usAndCn) {
                both += companies;
            }
        }

        void addAll(Counter other) {
            tracked += other.tracked;
            both += other.both;
            for (int i = 0; i < origins.length; i++) {
                origins[i] += other.origins[i];
            }
        }

        OriginCounts counts() {
            return new OriginCounts(
                    tracked,
                    origins[Origin.US.ordinal()],
                    origins[Origin.CN.ordinal()],
                    origins[Origin.OTHER.ordinal()],
                    origins[Origin.UNDISCLOSED.ordinal()],
                    both);
        }
    }

    /** Every breakdown of one date, filled company group by company group. */
    private static final class Tally {

        private final LocalDate asOf;
        private final Reference reference;
        private final Counter headline = new Counter();
        private long unsourced;
        private final Map<Long, Long> providers = new HashMap<>();
        private final Map<Long, Counter> regions = new HashMap<>();
        private final Map<Sector, Counter> sectors = new EnumMap<>(Sector.class);
        private final Map<RegionCategory, Counter> categories = new EnumMap<>(RegionCategory.class);

        Tally(LocalDate asOf, Reference reference) {
            this.asOf = asOf;
            this.reference = reference;
        }

        /** {@code companies} companies of a sector using these origins and providers. */
        void add(Sector sector, int origins, List<Long> providerIds, int unsourcedAdoptions, long companies) {
            headline.add(origins, companies);
            unsourced += unsourcedAdoptions * companies;
            sectors.computeIfAbsent(sector, s -> new Counter()).add(origins, companies);
            providerIds.forEach(p -> providers.merge(p, companies, Long::sum));
        }

        /** {@code companies} companies using these origins in these regions (by region id). */
        void addRegions(Map<Long, Integer> originsByRegion, long companies) {
            Map<RegionCategory, Integer> byCategory = new EnumMap<>(RegionCategory.class);
            originsByRegion.forEach((region, origins) -> {
                regions.computeIfAbsent(region, r -> new Counter()).add(origins, companies);
                Reference.Region known = reference.region(region);
                if (known != null) {
                    byCategory.merge(known.category(), origins, (a, b) -> a | b);
                }
            });
            byCategory.forEach((category, origins) ->
                    categories.computeIfAbsent(category, c -> new Counter()).add(origins, companies));
        }

        Headline headline() {
            return new Headline(asOf, headline.counts(), unsourced);
        }

        List<ProviderCount> byProvider() {
            return reference.providers.stream()
                    .map(p -> new ProviderCount(p.slug(), p.name(), p.origin(), providers.getOrDefault(p.id(), 0L)))
                    .sorted(Comparator.comparingLong(ProviderCount::companies)
                            .reversed()
                            .thenComparing(ProviderCount::name)
                            .thenComparing(ProviderCount::provider))
                    .toList();
        }

        List<GroupCount> byRegion() {
            return reference.regions.stream()
                    .map(r -> new GroupCount(r.code(), r.name(), countsOf(regions.get(r.id()))))
                    .sorted(Comparator.comparingLong(
                                    (GroupCount g) -> g.counts().tracked())
                            .reversed()
                            .thenComparing(GroupCount::name)
                            .thenComparing(GroupCount::key))
                    .toList();
        }

        List<GroupCount> bySector() {
            return perGroup(Sector.values(), sectors);
        }

        List<GroupCount> byRegionCategory() {
            return perGroup(RegionCategory.values(), categories);
        }

        private static <E extends Enum<E>> List<GroupCount> perGroup(E[] groups, Map<E, Counter> counted) {
            List<GroupCount> result = new ArrayList<>();
            for (E group : groups) {
                result.add(new GroupCount(group.name(), group.name(), countsOf(counted.get(group))));
            }
            return List.copyOf(result);
        }

        private static OriginCounts countsOf(Counter counter) {
            return counter == null ? OriginCounts.NONE : counter.counts();
        }
    }
}
