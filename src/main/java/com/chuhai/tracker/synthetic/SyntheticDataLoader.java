package com.chuhai.tracker.synthetic;

import com.chuhai.tracker.shared.FactsRewritten;
import com.chuhai.tracker.shared.TableWriter;
import com.chuhai.tracker.shared.change.DataChanges;
import com.chuhai.tracker.synthetic.SyntheticRows.Chunk;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --app.synthetic.companies=N} makes the database hold exactly N synthetic companies (0 removes
 * them): generated once, deterministically from {@code app.synthetic.seed}, in one transaction, so
 * readers see all of it or none. A restart with the same numbers changes nothing. The dataset row is
 * locked while generating, so two instances starting at once generate it once. Present only when
 * {@code app.synthetic.companies} is set: an ordinary start does not look at synthetic data.
 */
@Component
@ConditionalOnProperty("app.synthetic.companies")
@EnableConfigurationProperties(SyntheticProperties.class)
class SyntheticDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataLoader.class);
    private static final int CHUNK = 5_000;
    private static final int MAX_COMPANIES = 2_000_000;

    private static final List<String> TABLES = List.of(
            "company",
            "source",
            "adoption",
            "adoption_source",
            "cloud_migration",
            "migration_source",
            "company_spell",
            "origin_spell",
            "region_spell");
    private final Integer companies;
    private final long seed;
    private final SyntheticData status;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DataChanges changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SyntheticDataLoader(
            SyntheticProperties properties,
            SyntheticData status,
            DataSource dataSource,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            DataChanges changes,
            ApplicationEventPublisher events,
            Clock clock) {
        Integer companies = properties.companies();
        if (companies != null && (companies < 0 || companies > MAX_COMPANIES)) {
            throw new IllegalArgumentException(
                    "app.synthetic.companies must be from 0 to " + MAX_COMPANIES + ", not " + companies);
        }
        this.companies = companies;
        this.seed = properties.seed();
        this.status = status;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (companies != null) {
            boolean changed = Boolean.TRUE.equals(transactions.execute(tx -> load(companies)));
            if (changed) {
                analyze();
            }
        }
        status.refresh();
    }

    /** Makes the dataset hold {@code wanted} companies; false when it already did. */
    private boolean load(int wanted) {
        long[] present =
                jdbc.queryForObject("SELECT companies, seed FROM synthetic_dataset WHERE id = 1 FOR UPDATE", (rs, n) ->
                        new long[] {rs.getLong("companies"), rs.getLong("seed")});
        if (present[0] == wanted && (wanted == 0 || present[1] == seed)) {
            log.info("Synthetic data: {} companies (seed {}) already present; nothing to do", wanted, present[1]);
            return false;
        }
        long started = System.nanoTime();
        if (present[0] > 0) {
            removeAll();
            log.info("Synthetic data: removed the {} synthetic companies present", present[0]);
        }
        if (wanted > 0) {
            generate(wanted, started);
        }
        events.publishEvent(new FactsRewritten());
        jdbc.update(
                "UPDATE synthetic_dataset SET companies = ?, seed = ?, generated_at = ? WHERE id = 1",
                wanted,
                seed,
                now());
        changes.written();
        return true;
    }

    private void generate(int wanted, long started) {
        List<SyntheticRows.Provider> providers = jdbc.query(
                "SELECT id, slug, country FROM cloud_provider ORDER BY id",
                (rs, n) -> new SyntheticRows.Provider(
                        rs.getLong("id"), rs.getString("slug"), "CN".equals(rs.getString("country"))));
        List<SyntheticRows.Region> regions = jdbc.query(
                "SELECT id, code FROM region ORDER BY id",
                (rs, n) -> new SyntheticRows.Region(rs.getLong("id"), rs.getString("code")));
        SyntheticRows rows = new SyntheticRows(seed, providers, regions);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        TableWriter writer;
        try {
            writer = TableWriter.on(connection, jdbc);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the database for synthetic data: " + e.getMessage(), e);
        }
        OffsetDateTime now = now();
        long adoptions = 0;
        long migrations = 0;
        status.progress(new SyntheticData.Progress(0, wanted));
        try {
            for (int done = 0; done < wanted; done += CHUNK) {
                int count = Math.min(CHUNK, wanted - done);
                long firstCompany = writer.reserveIds("company", count);
                long firstSource = writer.reserveIds("source", count);
                Chunk chunk = rows.next(done + 1, count, firstCompany);
                SyntheticTables.write(writer, chunk, firstCompany, firstSource, now);
                adoptions += chunk.adoptions().size();
                migrations += chunk.migrations().size();
                status.progress(new SyntheticData.Progress(done + count, wanted));
                log.info("Synthetic data: {} of {} companies written ({} s)", done + count, wanted, seconds(started));
            }
            writer.finish();
        } finally {
            status.progress(null);
        }
        log.info(
                "Synthetic data: generated {} companies, {} adoptions, {} migrations and {} sources in {} s",
                wanted,
                adoptions,
                migrations,
                wanted,
                seconds(started));
    }

    /** Removes every synthetic row and whatever refers to a synthetic company or source. */
    private void removeAll() {
        String syntheticCompanies = "SELECT id FROM company WHERE synthetic";
        String adoptions = "SELECT id FROM adoption WHERE synthetic OR company_id IN (" + syntheticCompanies + ")";
        String migrations =
                "SELECT id FROM cloud_migration WHERE synthetic OR company_id IN (" + syntheticCompanies + ")";
        String sources = "SELECT id FROM source WHERE synthetic";
        jdbc.update("DELETE FROM adoption_source WHERE adoption_id IN (" + adoptions + ") OR source_id IN (" + sources
                + ")");
        jdbc.update("DELETE FROM migration_source WHERE migration_id IN (" + migrations + ") OR source_id IN ("
                + sources + ")");
        jdbc.update("DELETE FROM adoption WHERE id IN (" + adoptions + ")");
        jdbc.update("DELETE FROM cloud_migration WHERE id IN (" + migrations + ")");
        jdbc.update("UPDATE market_share SET source_id = NULL WHERE source_id IN (" + sources + ")");
        jdbc.update("DELETE FROM source WHERE synthetic");
        jdbc.update("UPDATE company SET parent_id = NULL WHERE parent_id IN (" + syntheticCompanies + ")");
        jdbc.update("DELETE FROM company WHERE synthetic");
    }

    /**
     * Refreshes the planner's statistics after a bulk change; on PostgreSQL also the visibility map,
     * so that counts and deep pages can read indexes alone.
     */
    private void analyze() {
        String command = TableWriter.isPostgres(dataSource) ? "VACUUM ANALYZE " : "ANALYZE TABLE ";
        for (String table : TABLES) {
            jdbc.execute(command + table);
        }
        log.info("Synthetic data: table statistics refreshed");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String seconds(long startedNanos) {
        return "%.1f".formatted((System.nanoTime() - startedNanos) / 1e9);
    }
}
