package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.shared.FactsRewritten;
import com.chuhai.tracker.shared.TableWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The spells the statistics count (tables {@code company_spell}, {@code origin_spell} and
 * {@code region_spell}, see V13): per company, and per company and region, the spans of time in which
 * what it holds stays the same ({@link SpellBuilder}); for the timeline, the spans in which the origins it
 * uses stay the same. The counting rule of DESIGN.md is applied here, once, when spells are worked out:
 * an adoption is active from its start date (an unreported start: from 1 January of the company's
 * founding year, or since ever when that is unknown) until its end date, exclusive.
 *
 * <p>Spells are derived data, recomputed in the transaction that changes what they derive from:
 * {@link #refresh} for the companies a write touched ({@link SpellMaintenance} calls it after every
 * flush), {@link #refreshProvider} when a provider's country (so its origin) changes, {@link #rebuildAll}
 * after bulk loads ({@link FactsRewritten}) and applied migrations.
 */
@Component
public class Spells {

    private static final Logger log = LoggerFactory.getLogger(Spells.class);

    /** The years stored for an open start and an open end: before and after every real date. */
    static final int SINCE_EVER = 0;

    static final int STILL = 10_000;

    private static final List<String> COMPANY_COLUMNS = List.of(
            "company_id",
            "sector",
            "valid_from",
            "valid_to",
            "from_year",
            "to_year",
            "origins",
            "providers",
            "unsourced",
            "regions");

    private static final List<String> REGION_COLUMNS = List.of(
            "company_id",
            "region_id",
            "sector",
            "valid_from",
            "valid_to",
            "from_year",
            "to_year",
            "origins",
            "providers",
            "unsourced");

    private static final List<String> ORIGIN_COLUMNS =
            List.of("company_id", "sector", "valid_from", "valid_to", "from_year", "to_year", "origins");

    private static final int CHUNK = 10_000;

    private static final String ADOPTIONS = """
            SELECT a.company_id, c.sector, c.founded_year, a.provider_id, a.region_id, a.start_date, a.end_date,
                   CASE WHEN EXISTS (SELECT 1 FROM adoption_source s WHERE s.adoption_id = a.id) THEN 0 ELSE 1 END
                       AS unsourced
            FROM adoption a JOIN company c ON c.id = a.company_id
            %s
            ORDER BY a.company_id""";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private volatile String rowLock;

    Spells(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(CHUNK);
    }

    /**
     * Recomputes the spells of these companies from their adoptions, in the caller's transaction. Two
     * transactions refreshing one company take turns: each first locks the company's row (in id order;
     * on PostgreSQL {@code FOR NO KEY UPDATE}, which inserts of adoptions referring to it do not wait
     * for), so the second reads the first's committed adoptions and spells and never doubles them.
     */
    public void refresh(Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return;
        }
        Map<Long, Origin> origins = origins();
        List<Long> ids = new ArrayList<>(new TreeSet<>(companyIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            Object[] chunk =
                    ids.subList(from, Math.min(ids.size(), from + 1000)).toArray();
            String in = String.join(", ", Collections.nCopies(chunk.length, "?"));
            jdbc.query("SELECT id FROM company WHERE id IN (" + in + ") ORDER BY id " + rowLock(), rs -> {}, chunk);
            jdbc.update("DELETE FROM company_spell WHERE company_id IN (" + in + ")", chunk);
            jdbc.update("DELETE FROM region_spell WHERE company_id IN (" + in + ")", chunk);
            jdbc.update("DELETE FROM origin_spell WHERE company_id IN (" + in + ")", chunk);
            SpellBuilder builder = new SpellBuilder(origins);
            jdbc.query(ADOPTIONS.formatted("WHERE a.company_id IN (" + in + ")"), builder::add, chunk);
            builder.finish();
            jdbc.batchUpdate(insert("company_spell", COMPANY_COLUMNS), builder.companyRows);
            jdbc.batchUpdate(insert("region_spell", REGION_COLUMNS), builder.regionRows);
            jdbc.batchUpdate(insert("origin_spell", ORIGIN_COLUMNS), builder.originRows);
        }
    }

    /** Recomputes the spells of every company with an adoption of this provider: its origin changed. */
    public void refreshProvider(long providerId) {
        refresh(jdbc.queryForList(
                "SELECT DISTINCT company_id FROM adoption WHERE provider_id = ?", Long.class, providerId));
    }

    /** Facts were written past the entities: every spell is recomputed, in the writer's transaction. */
    @EventListener
    void factsRewritten(FactsRewritten event) {
        rebuildAll();
    }

    /** Recomputes every company's spells, in the caller's transaction: after bulk writes. */
    public void rebuildAll() {
        long started = System.nanoTime();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            TableWriter writer = TableWriter.on(connection, jdbc);
            jdbc.execute("TRUNCATE TABLE company_spell");
            jdbc.execute("TRUNCATE TABLE region_spell");
            jdbc.execute("TRUNCATE TABLE origin_spell");
            SpellBuilder builder = new SpellBuilder(origins()) {
                @Override
                void written() {
                    if (companyRows.size() + regionRows.size() + originRows.size() >= CHUNK) {
                        writeAll(writer, this);
                    }
                }
            };
            jdbc.query(ADOPTIONS.formatted(""), builder::add);
            builder.finish();
            writeAll(writer, builder);
            log.info(
                    "Statistics spells rebuilt for {} companies in {} ms",
                    builder.companies,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the statistics spells: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The row lock that serialises refreshes of one company, as this database spells it. */
    private String rowLock() {
        if (rowLock == null) {
            rowLock = TableWriter.isPostgres(dataSource) ? "FOR NO KEY UPDATE" : "FOR UPDATE";
        }
        return rowLock;
    }

    private static void writeAll(TableWriter writer, SpellBuilder builder) {
        writer.write("company_spell", COMPANY_COLUMNS, builder.companyRows);
        writer.write("region_spell", REGION_COLUMNS, builder.regionRows);
        writer.write("origin_spell", ORIGIN_COLUMNS, builder.originRows);
        builder.companyRows.clear();
        builder.regionRows.clear();
        builder.originRows.clear();
    }

    private static String insert(String table, List<String> columns) {
        return "INSERT INTO %s (%s) VALUES (%s)"
                .formatted(
                        table, String.join(", ", columns), String.join(", ", Collections.nCopies(columns.size(), "?")));
    }

    private Map<Long, Origin> origins() {
        Map<Long, Origin> origins = new HashMap<>();
        jdbc.query("SELECT id, country FROM cloud_provider", rs -> {
            origins.put(rs.getLong("id"), Origin.ofCountry(rs.getString("country")));
        });
        return origins;
    }

    /** The bit of an origin in a spell's {@code origins} mask. */
    static int bit(Origin origin) {
        return 1 << origin.ordinal();
    }

    /** The disclosed providers of a spell, from its {@code providers} column. */
    static List<Long> providers(String column) {
        if (column.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : column.split(",")) {
            ids.add(Long.valueOf(id));
        }
        return ids;
    }

    /** The origins used per region, from a company spell's {@code regions} column. */
    static Map<Long, Integer> regions(String column) {
        Map<Long, Integer> masks = new HashMap<>();
        if (!column.isEmpty()) {
            for (String part : column.split(";")) {
                int colon = part.indexOf(':');
                masks.put(Long.valueOf(part.substring(0, colon)), Integer.valueOf(part.substring(colon + 1)));
            }
        }
        return masks;
    }
}
