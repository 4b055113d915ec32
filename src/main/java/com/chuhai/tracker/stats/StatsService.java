package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.shared.TableWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
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
    private final DataSource dataSource;
    private final StatsReferences references;
    private final Clock clock;
    private volatile Boolean postgres;

    StatsService(JdbcClient jdbc, DataSource dataSource, StatsReferences references, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.references = references;
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
     * The company spells covering a date counted twice, per holding (sector, origins, providers,
     * unsourced adoptions; {@code regions} null) and per origins by region ({@code sector} null), in one
     * scan: PostgreSQL's GROUPING SETS, measured a third cheaper than the form H2 also reads
     * ({@link #BY_HOLDING_THEN_REGIONS}, whose common table PostgreSQL writes out before reading it twice).
     */
    private static final String BY_HOLDING_AND_REGIONS = """
            SELECT sector, origins, providers, unsourced, regions, COUNT(*) AS companies FROM company_spell
            WHERE %s%s
            GROUP BY GROUPING SETS ((sector, origins, providers, unsourced), (regions))
            """;

    /** The same rows as {@link #BY_HOLDING_AND_REGIONS}, for H2, which has no GROUPING SETS. */
    private static final String BY_HOLDING_THEN_REGIONS = """
            WITH active AS (SELECT sector, origins, providers, unsourced, regions FROM company_spell
                            WHERE %s%s)
            SELECT sector, origins, providers, unsourced, NULL AS regions, COUNT(*) AS companies
            FROM active GROUP BY sector, origins, providers, unsourced
            UNION ALL
            SELECT NULL, NULL, NULL, NULL, regions, COUNT(*) FROM active GROUP BY regions
            """;

    /**
     * One pass over the spells covering the filter's date, counted per holding: unfiltered, the company
     * spells grouped twice (by sector, providers and unsourced adoptions; by origins per region) from
     * one scan; within a region, that region's spells.
     */
    private Tally tally(StatsFilter filter) {
        StatsReference reference = references.current();
        Tally tally = new Tally(filter.asOf(), reference);
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", filter.asOf());
        String sector = "";
        if (filter.sector() != null) {
            sector = " AND sector = :sector";
            params.put("sector", filter.sector().name());
        }
        if (filter.region() == null) {
            String sql = (groupingSets() ? BY_HOLDING_AND_REGIONS : BY_HOLDING_THEN_REGIONS).formatted(COVERS, sector);
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

    /** Whether the database reads GROUPING SETS (PostgreSQL does, H2 does not). */
    private boolean groupingSets() {
        if (postgres == null) {
            postgres = TableWriter.isPostgres(dataSource);
        }
        return postgres;
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
            params.put("region", references.current().regionId(region));
        }
        String nowActive = reachesToday ? "CASE WHEN " + COVERS + " THEN 1 ELSE 0 END" : "0";
        String sql = """
                SELECT origins, from_year, to_year, now_active, COUNT(*) AS companies
                FROM (SELECT origins, from_year, to_year, %s AS now_active FROM %s %s) s
                GROUP BY origins, from_year, to_year, now_active
                """.formatted(nowActive, table, where);
        int years = lastYear - fromYear + 1;
        // Per year, the counts spells add from their first covered year-end and take away after their last.
        OriginCounter[] changes = new OriginCounter[years + 1];
        for (int i = 0; i <= years; i++) {
            changes[i] = new OriginCounter();
        }
        OriginCounter current = new OriginCounter();
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
        OriginCounter running = new OriginCounter();
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
        List<FlowCounts.Pair> pairs = jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new FlowCounts.Pair(
                        rs.getObject("from_provider_id", Long.class),
                        rs.getObject("to_provider_id", Long.class),
                        rs.getLong("from_region_id"),
                        rs.getLong("to_region_id"),
                        rs.getLong("migrations")))
                .list();
        return FlowCounts.count(from, to, pairs, references.current());
    }
}
