package com.chuhai.tracker.synthetic;

import com.chuhai.tracker.shared.DataChanges;
import com.chuhai.tracker.shared.FactsRewritten;
import com.chuhai.tracker.shared.TableWriter;
import com.chuhai.tracker.synthetic.SyntheticRows.AdoptionRow;
import com.chuhai.tracker.synthetic.SyntheticRows.Chunk;
import com.chuhai.tracker.synthetic.SyntheticRows.CompanyRow;
import com.chuhai.tracker.synthetic.SyntheticRows.MigrationRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private static final String AUTHOR = "synthetic-data";

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
    private static final List<String> COMPANY_COLUMNS = List.of(
            "id",
            "slug",
            "name",
            "parent_id",
            "sector",
            "origin_country",
            "origin_city",
            "founded_year",
            "description",
            "synthetic",
            "created_at",
            "updated_at",
            "created_by",
            "updated_by");
    private static final List<String> SOURCE_COLUMNS = List.of(
            "id", "url", "title", "publisher", "synthetic", "created_at", "updated_at", "created_by", "updated_by");
    private static final List<String> ADOPTION_COLUMNS = List.of(
            "id",
            "company_id",
            "provider_id",
            "region_id",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "workload",
            "confidence",
            "synthetic",
            "created_at",
            "updated_at",
            "created_by",
            "updated_by");
    private static final List<String> MIGRATION_COLUMNS = List.of(
            "id",
            "company_id",
            "from_region_id",
            "to_region_id",
            "from_provider_id",
            "to_provider_id",
            "announced_on",
            "announced_precision",
            "completed_on",
            "completed_precision",
            "status",
            "reason",
            "summary",
            "confidence",
            "synthetic",
            "created_at",
            "updated_at",
            "created_by",
            "updated_by");

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
                write(writer, chunk, firstCompany, firstSource, now);
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

    private void write(TableWriter writer, Chunk chunk, long firstCompany, long firstSource, OffsetDateTime now) {
        List<Object[]> companyRows = new ArrayList<>(chunk.companies().size());
        List<Object[]> sourceRows = new ArrayList<>(chunk.companies().size());
        for (CompanyRow c : chunk.companies()) {
            companyRows.add(audited(
                    now,
                    c.id(),
                    c.slug(),
                    c.name(),
                    c.parentId(),
                    c.sector(),
                    "CN",
                    c.city(),
                    c.foundedYear(),
                    "Synthetic company generated for benchmarks; not a real company."));
            sourceRows.add(audited(
                    now,
                    firstSource + (c.id() - firstCompany),
                    "https://synthetic.invalid/companies/" + c.slug(),
                    "Synthetic record of " + c.name(),
                    "Chuhai Cloud Tracker synthetic data"));
        }
        long firstAdoption = writer.reserveIds("adoption", chunk.adoptions().size());
        List<Object[]> adoptionRows = new ArrayList<>(chunk.adoptions().size());
        List<Object[]> adoptionSources = new ArrayList<>();
        for (int i = 0; i < chunk.adoptions().size(); i++) {
            AdoptionRow a = chunk.adoptions().get(i);
            long id = firstAdoption + i;
            adoptionRows.add(audited(
                    now,
                    id,
                    a.companyId(),
                    a.providerId(),
                    a.regionId(),
                    a.start(),
                    a.startPrecision(),
                    a.end(),
                    a.endPrecision(),
                    a.workload(),
                    a.confidence()));
            if (a.sourced()) {
                adoptionSources.add(new Object[] {id, firstSource + (a.companyId() - firstCompany)});
            }
        }
        long firstMigration =
                writer.reserveIds("cloud_migration", chunk.migrations().size());
        List<Object[]> migrationRows = new ArrayList<>(chunk.migrations().size());
        List<Object[]> migrationSources = new ArrayList<>(chunk.migrations().size());
        for (int i = 0; i < chunk.migrations().size(); i++) {
            MigrationRow m = chunk.migrations().get(i);
            long id = firstMigration + i;
            migrationRows.add(audited(
                    now,
                    id,
                    m.companyId(),
                    m.regionId(),
                    m.regionId(),
                    m.fromProviderId(),
                    m.toProviderId(),
                    m.announced(),
                    m.announcedPrecision(),
                    m.completed(),
                    m.completed() == null ? null : "DAY",
                    m.status(),
                    m.reason(),
                    null,
                    m.confidence()));
            migrationSources.add(new Object[] {id, firstSource + (m.companyId() - firstCompany)});
        }
        writer.write("company", COMPANY_COLUMNS, companyRows);
        writer.write("source", SOURCE_COLUMNS, sourceRows);
        writer.write("adoption", ADOPTION_COLUMNS, adoptionRows);
        writer.write("adoption_source", List.of("adoption_id", "source_id"), adoptionSources);
        writer.write("cloud_migration", MIGRATION_COLUMNS, migrationRows);
        writer.write("migration_source", List.of("migration_id", "source_id"), migrationSources);
    }

    /** The values followed by the synthetic mark and the audit columns. */
    private static Object[] audited(OffsetDateTime now, Object... values) {
        Object[] row = new Object[values.length + 5];
        System.arraycopy(values, 0, row, 0, values.length);
        row[values.length] = true;
        row[values.length + 1] = now;
        row[values.length + 2] = now;
        row[values.length + 3] = AUTHOR;
        row[values.length + 4] = AUTHOR;
        return row;
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
