package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The oracle of the randomized statistics test: the counting rules of DESIGN.md as straightforward SQL
 * aggregates over the adoptions (one pass per breakdown and per year-end), which is how StatsService
 * counted before it read spells. Slow at scale, obviously right; StatsService must agree with it on
 * every dataset.
 *
 * <p>An adoption is active on D when it has started by D and has not ended by D: {@code start_date <=
 * D}, or for an unreported start, the company's founding year is unknown or not after D's year; and
 * {@code end_date} is null or after D. Filters narrow the adoptions before counting; companies are
 * counted distinct. An adoption without a provider (its operator not disclosed) counts in the fourth
 * origin bucket, UNDISCLOSED, and in {@code tracked}; never in another origin.
 *
 * <p>Each method is one SQL statement (flows: two), so none opens a transaction of its own: an ORM
 * session per call would cost more than the query on small data. {@link #snapshot} groups several in
 * one transaction where they must agree.
 *
 */
class StatsOracle {

    /** The longest timeline served: enough for any history of cloud computing, bounded for the database. */
    public static final int MAX_TIMELINE_YEARS = 60;

    /**
     * Each provider with 0/1 flags for its origin, worked out once per provider rather than once per
     * adoption: the aggregates then take a MAX of small integers.
     */
    private static final String PROVIDER_ORIGINS = """
            (SELECT id, CASE WHEN %1$s = 'US' THEN 1 ELSE 0 END AS us,
                    CASE WHEN %1$s = 'CN' THEN 1 ELSE 0 END AS cn,
                    CASE WHEN %1$s = 'OTHER' THEN 1 ELSE 0 END AS other
             FROM cloud_provider)""".formatted(Origin.sqlOf("country"));

    private final JdbcClient jdbc;
    private final Clock clock;

    StatsOracle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The headline and every breakdown at once, in one repeatable-read transaction, so that the
     * breakdowns add up to the headline even while others write.
     */
    public Snapshot snapshot(StatsFilter filter) {
        return new Snapshot(
                headline(filter), byProvider(filter), byRegion(filter), bySector(filter), byRegionCategory(filter));
    }

    /** Tracked companies, per origin and both, and how many of the counted adoptions have no source. */
    public Headline headline(StatsFilter filter) {
        Query active = activeAdoptions(filter, "adoption a", ":asOf", ":asOfYear");
        String sql = """
                SELECT COUNT(*) AS tracked,
                       COALESCE(SUM(uses_us), 0) AS us,
                       COALESCE(SUM(uses_cn), 0) AS cn,
                       COALESCE(SUM(uses_other), 0) AS other,
                       COALESCE(SUM(uses_undisclosed), 0) AS undisclosed,
                       COALESCE(SUM(uses_us * uses_cn), 0) AS both_origins,
                       COALESCE(SUM(unsourced), 0) AS unsourced
                FROM (SELECT a.company_id, %s,
                             SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM adoption_source s WHERE s.adoption_id = a.id)
                                      THEN 1 ELSE 0 END) AS unsourced
                      %s
                      GROUP BY a.company_id) per_company
                """.formatted(ORIGIN_FLAGS, active.sql());
        return jdbc.sql(sql)
                .params(active.params())
                .query((rs, n) -> new Headline(filter.asOf(), originCounts(rs), rs.getLong("unsourced")))
                .single();
    }

    /** Every provider with the distinct companies that use it, most used first. */
    public List<ProviderCount> byProvider(StatsFilter filter) {
        Query active = activeAdoptions(filter, "adoption a", ":asOf", ":asOfYear");
        String sql = """
                SELECT p.slug, p.name, p.country, COALESCE(used.companies, 0) AS companies
                FROM cloud_provider p
                LEFT JOIN (SELECT a.provider_id, COUNT(DISTINCT a.company_id) AS companies
                           %s
                           GROUP BY a.provider_id) used ON used.provider_id = p.id
                ORDER BY companies DESC, p.name, p.slug
                """.formatted(active.sql());
        return jdbc
                .sql(sql)
                .params(active.params())
                .query((rs, n) -> new ProviderCount(
                        rs.getString("slug"),
                        rs.getString("name"),
                        Origin.ofCountry(rs.getString("country")),
                        rs.getLong("companies")))
                .list()
                .stream()
                .toList();
    }

    /** Per-origin counts within each data-residency region, every region listed. */
    public List<GroupCount> byRegion(StatsFilter filter) {
        Query active = activeAdoptions(filter, "adoption a", ":asOf", ":asOfYear");
        String sql = """
                SELECT rg.code, rg.name,
                       COALESCE(used.tracked, 0) AS tracked, COALESCE(used.us, 0) AS us,
                       COALESCE(used.cn, 0) AS cn, COALESCE(used.other, 0) AS other,
                       COALESCE(used.undisclosed, 0) AS undisclosed,
                       COALESCE(used.both_origins, 0) AS both_origins
                FROM region rg
                LEFT JOIN (SELECT region_id, %s
                           FROM (SELECT a.region_id, a.company_id, %s
                                 %s
                                 GROUP BY a.region_id, a.company_id) per_company
                           GROUP BY region_id) used ON used.region_id = rg.id
                ORDER BY tracked DESC, rg.name, rg.code
                """.formatted(ORIGIN_SUMS, ORIGIN_FLAGS, active.sql());
        return jdbc
                .sql(sql)
                .params(active.params())
                .query((rs, n) -> new GroupCount(rs.getString("code"), rs.getString("name"), originCounts(rs)))
                .list()
                .stream()
                .toList();
    }

    /** Per-origin counts within each sector, every sector listed in its declared order. */
    public List<GroupCount> bySector(StatsFilter filter) {
        return perGroup(Sector.class, "c.sector", activeAdoptions(filter, "adoption a", ":asOf", ":asOfYear"));
    }

    /**
     * Where the data lives: per region category (destination market, neutral hub, mainland China,
     * other), the companies with an active adoption in a region of that category, split by origin.
     * A company with data in the US and in Singapore counts in both categories. Every category listed,
     * in its declared order.
     */
    public List<GroupCount> byRegionCategory(StatsFilter filter) {
        return perGroup(
                RegionCategory.class,
                "rg.category",
                activeAdoptions(filter, "adoption a JOIN region rg ON rg.id = a.region_id", ":asOf", ":asOfYear"));
    }

    /**
     * The per-origin counts of the active adoptions grouped by {@code column}, which holds the codes of
     * {@code groups}: every code listed, in its declared order, those without companies at zero.
     */
    private <E extends Enum<E>> List<GroupCount> perGroup(Class<E> groups, String column, Query active) {
        String sql = """
                SELECT grp, %s
                FROM (SELECT %s AS grp, a.company_id, %s
                      %s
                      GROUP BY %s, a.company_id) per_company
                GROUP BY grp
                """.formatted(ORIGIN_SUMS, column, ORIGIN_FLAGS, active.sql(), column);
        Map<E, OriginCounts> counted = new EnumMap<>(groups);
        jdbc.sql(sql).params(active.params()).query(rs -> {
            counted.put(Enum.valueOf(groups, rs.getString("grp")), originCounts(rs));
        });
        List<GroupCount> result = new ArrayList<>();
        for (E group : groups.getEnumConstants()) {
            result.add(new GroupCount(group.name(), group.name(), counted.getOrDefault(group, OriginCounts.NONE)));
        }
        return result;
    }

    /**
     * The per-origin counts as of 31 December of each year from {@code fromYear} to {@code toYear}, and
     * as of today for the current year; years after the current one are left out. Sector and region
     * narrow the adoptions as in {@link StatsFilter}.
     */
    public List<TimelinePoint> timeline(int fromYear, int toYear, Sector sector, String region) {
        LocalDate today = today();
        int lastYear = Math.min(toYear, today.getYear());
        if (fromYear > lastYear) {
            return List.of();
        }
        if (lastYear - fromYear + 1 > MAX_TIMELINE_YEARS) {
            throw new IllegalArgumentException("A timeline spans at most " + MAX_TIMELINE_YEARS + " years");
        }
        List<String> rows = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<LocalDate> dates = new ArrayList<>();
        for (int year = fromYear; year <= lastYear; year++) {
            LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            int i = year - fromYear;
            rows.add("(CAST(:d%d AS DATE), CAST(:y%d AS INTEGER))".formatted(i, i));
            params.put("d" + i, asOf);
            params.put("y" + i, year);
            dates.add(asOf);
        }
        Query active = activeAdoptions(
                new StatsFilter(today, sector, region),
                "(VALUES %s) AS d(as_of, as_of_year) CROSS JOIN adoption a".formatted(String.join(", ", rows)),
                "d.as_of",
                "d.as_of_year");
        params.putAll(active.params());
        String sql = """
                SELECT as_of, %s
                FROM (SELECT d.as_of, a.company_id, %s
                      %s
                      GROUP BY d.as_of, a.company_id) per_company
                GROUP BY as_of
                """.formatted(ORIGIN_SUMS, ORIGIN_FLAGS, active.sql());
        Map<LocalDate, OriginCounts> counted = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counted.put(rs.getObject("as_of", LocalDate.class), originCounts(rs));
        });
        List<TimelinePoint> points = new ArrayList<>();
        for (LocalDate asOf : dates) {
            points.add(new TimelinePoint(asOf.getYear(), asOf, counted.getOrDefault(asOf, OriginCounts.NONE)));
        }
        return List.copyOf(points);
    }

    /**
     * Migrations announced from {@code from} to {@code to} (inclusive), cancelled ones left out, counted
     * by provider pair and by origin pair (an undisclosed provider, on either side, is its own bucket:
     * null), and relocations by region pair. {@code region} keeps the migrations leaving or reaching it.
     */
    public Flows flows(LocalDate from, LocalDate to, Sector sector, String region) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        StringBuilder where = new StringBuilder(
                "WHERE m.announced_on >= :from AND m.announced_on <= :to AND m.status <> 'CANCELLED'");
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        if (sector != null) {
            where.append(" AND c.sector = :sector");
            params.put("sector", sector.name());
        }
        if (region != null) {
            where.append(" AND (rf.code = :region OR rt.code = :region)");
            params.put("region", region);
        }
        String migrations = """
                FROM cloud_migration m
                JOIN company c ON c.id = m.company_id
                JOIN region rf ON rf.id = m.from_region_id
                JOIN region rt ON rt.id = m.to_region_id
                LEFT JOIN cloud_provider pf ON pf.id = m.from_provider_id
                LEFT JOIN cloud_provider pt ON pt.id = m.to_provider_id
                """ + where;
        List<Flows.ProviderFlow> providers = jdbc.sql("""
                        SELECT pf.slug AS from_slug, pf.name AS from_name, pt.slug AS to_slug, pt.name AS to_name,
                               COUNT(*) AS migrations
                        %s AND %s
                        GROUP BY pf.slug, pf.name, pt.slug, pt.name
                        ORDER BY migrations DESC, from_slug, to_slug
                        """.formatted(migrations, CHANGES_PROVIDER))
                .params(params)
                .query((rs, n) -> new Flows.ProviderFlow(
                        rs.getString("from_slug"),
                        rs.getString("from_name"),
                        rs.getString("to_slug"),
                        rs.getString("to_name"),
                        rs.getLong("migrations")))
                .list();
        String fromOrigin = "CASE WHEN pf.id IS NULL THEN NULL ELSE " + Origin.sqlOf("pf.country") + " END";
        String toOrigin = "CASE WHEN pt.id IS NULL THEN NULL ELSE " + Origin.sqlOf("pt.country") + " END";
        List<Flows.OriginFlow> origins = jdbc.sql("""
                        SELECT from_origin, to_origin, COUNT(*) AS migrations
                        FROM (SELECT %s AS from_origin, %s AS to_origin
                              %s AND %s) flow
                        GROUP BY from_origin, to_origin
                        ORDER BY migrations DESC, from_origin, to_origin
                        """.formatted(fromOrigin, toOrigin, migrations, CHANGES_PROVIDER))
                .params(params)
                .query((rs, n) -> new Flows.OriginFlow(
                        rs.getString("from_origin") == null ? null : Origin.valueOf(rs.getString("from_origin")),
                        rs.getString("to_origin") == null ? null : Origin.valueOf(rs.getString("to_origin")),
                        rs.getLong("migrations")))
                .list();
        List<Flows.RegionFlow> regions = jdbc.sql("""
                        SELECT rf.code AS from_code, rf.name AS from_name, rt.code AS to_code, rt.name AS to_name,
                               COUNT(*) AS migrations
                        %s AND m.from_region_id <> m.to_region_id
                        GROUP BY rf.code, rf.name, rt.code, rt.name
                        ORDER BY migrations DESC, from_code, to_code
                        """.formatted(migrations))
                .params(params)
                .query((rs, n) -> new Flows.RegionFlow(
                        rs.getString("from_code"),
                        rs.getString("from_name"),
                        rs.getString("to_code"),
                        rs.getString("to_name"),
                        rs.getLong("migrations")))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) " + migrations)
                .params(params)
                .query(Long.class)
                .single();
        return new Flows(from, to, providers, origins, regions, total);
    }

    /**
     * A migration that is a provider flow: every one but a relocation that keeps its provider (those
     * are region flows only; "own data centres to own data centres" says nothing about providers).
     */
    private static final String CHANGES_PROVIDER =
            "NOT (m.from_region_id <> m.to_region_id AND pf.id IS NOT DISTINCT FROM pt.id)";

    /**
     * Per company: 1 when it uses a provider of that origin among the grouped adoptions, else 0; an
     * adoption without a provider (left-joined, so its flags are null) flags UNDISCLOSED.
     */
    private static final String ORIGIN_FLAGS = """
            COALESCE(MAX(p.us), 0) AS uses_us, COALESCE(MAX(p.cn), 0) AS uses_cn,
            COALESCE(MAX(p.other), 0) AS uses_other,
            MAX(CASE WHEN a.provider_id IS NULL THEN 1 ELSE 0 END) AS uses_undisclosed""";

    /** Sums the per-company flags of {@link #ORIGIN_FLAGS} into origin counts. */
    private static final String ORIGIN_SUMS = """
            COUNT(*) AS tracked, SUM(uses_us) AS us, SUM(uses_cn) AS cn, SUM(uses_other) AS other,
            SUM(uses_undisclosed) AS undisclosed, SUM(uses_us * uses_cn) AS both_origins""";

    private static OriginCounts originCounts(ResultSet rs) throws SQLException {
        return new OriginCounts(
                rs.getLong("tracked"),
                rs.getLong("us"),
                rs.getLong("cn"),
                rs.getLong("other"),
                rs.getLong("undisclosed"),
                rs.getLong("both_origins"));
    }

    /**
     * The FROM and WHERE clauses selecting the adoptions active on a date, narrowed by the filter.
     * {@code adoptions} is the FROM item that introduces {@code adoption a}; {@code asOf} and
     * {@code asOfYear} are SQL expressions (a parameter or a column) for the date and its year.
     */
    private static Query activeAdoptions(StatsFilter filter, String adoptions, String asOf, String asOfYear) {
        StringBuilder sql = new StringBuilder("""
                FROM %3$s
                JOIN company c ON c.id = a.company_id
                LEFT JOIN %4$s p ON p.id = a.provider_id
                WHERE (a.start_date <= %1$s
                       OR (a.start_date IS NULL AND (c.founded_year IS NULL OR c.founded_year <= %2$s)))
                  AND (a.end_date IS NULL OR a.end_date > %1$s)
                """.formatted(asOf, asOfYear, adoptions, PROVIDER_ORIGINS));
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", filter.asOf());
        params.put("asOfYear", filter.asOf().getYear());
        if (filter.sector() != null) {
            sql.append("  AND c.sector = :sector\n");
            params.put("sector", filter.sector().name());
        }
        if (filter.region() != null) {
            sql.append("  AND a.region_id IN (SELECT id FROM region WHERE code = :region)\n");
            params.put("region", filter.region());
        }
        return new Query(sql.toString(), params);
    }

    private record Query(String sql, Map<String, Object> params) {}
}
