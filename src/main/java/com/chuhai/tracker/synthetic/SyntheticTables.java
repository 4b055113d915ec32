package com.chuhai.tracker.synthetic;

import com.chuhai.tracker.shared.SortKey;
import com.chuhai.tracker.shared.TableWriter;
import com.chuhai.tracker.synthetic.SyntheticRows.AdoptionRow;
import com.chuhai.tracker.synthetic.SyntheticRows.Chunk;
import com.chuhai.tracker.synthetic.SyntheticRows.CompanyRow;
import com.chuhai.tracker.synthetic.SyntheticRows.MigrationRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The synthetic rows as table rows: their columns, the synthetic mark and the audit columns. */
final class SyntheticTables {

    /** Who the audit columns name as the author of synthetic rows. */
    static final String AUTHOR = "synthetic-data";

    private static final List<String> COMPANY_COLUMNS = List.of(
            "id",
            "slug",
            "name",
            "sort_name",
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

    private SyntheticTables() {}

    static void write(TableWriter writer, Chunk chunk, long firstCompany, long firstSource, OffsetDateTime now) {
        List<Object[]> companyRows = new ArrayList<>(chunk.companies().size());
        List<Object[]> sourceRows = new ArrayList<>(chunk.companies().size());
        for (CompanyRow c : chunk.companies()) {
            companyRows.add(audited(
                    now,
                    c.id(),
                    c.slug(),
                    c.name(),
                    SortKey.of(c.name()),
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
}
