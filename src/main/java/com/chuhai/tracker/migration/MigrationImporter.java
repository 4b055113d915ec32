package com.chuhai.tracker.migration;

import com.chuhai.tracker.importing.BeanChecks;
import com.chuhai.tracker.importing.CsvCells;
import com.chuhai.tracker.importing.CsvImporter;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceRequest;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Imports migrations from the columns of their export. An id of an existing migration updates it;
 * any other row is recorded, a completed one moving the adoptions as the form does.
 */
@Component
class MigrationImporter implements CsvImporter {

    private final MigrationService migrations;
    private final MigrationRepository repository;
    private final Validator validator;

    MigrationImporter(MigrationService migrations, MigrationRepository repository, Validator validator) {
        this.migrations = migrations;
        this.repository = repository;
        this.validator = validator;
    }

    @Override
    public String kind() {
        return "migrations";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("company", "fromProvider", "announcedOn", "status", "reason", "confidence");
    }

    @Override
    public List<String> columns() {
        return MigrationResponse.CSV.headers();
    }

    @Override
    public void importRow(Map<String, String> row) {
        Long id = CsvCells.id(row, "id");
        Migration existing = id == null ? null : repository.findById(id).orElse(null);
        MigrationRequest request = new MigrationRequest(
                CsvCells.text(row, "company"),
                CsvCells.text(row, "region"),
                CsvCells.text(row, "fromRegion"),
                CsvCells.text(row, "toRegion"),
                CsvCells.text(row, "fromProvider"),
                CsvCells.text(row, "toProvider"),
                CsvCells.date(row, "announcedOn"),
                CsvCells.date(row, "completedOn"),
                null,
                CsvCells.code(row, "announcedPrecision", DatePrecision.class),
                CsvCells.code(row, "completedPrecision", DatePrecision.class),
                CsvCells.code(row, "status", MigrationStatus.class),
                CsvCells.code(row, "reason", MigrationReason.class),
                CsvCells.text(row, "summary"),
                CsvCells.code(row, "confidence", Confidence.class),
                CsvCells.list(row, "sources").stream()
                        .map(url -> new SourceRequest(url, url, null, null, null))
                        .toList(),
                existing == null ? null : existing.getVersion());
        BeanChecks.check(validator, request);
        if (existing == null) {
            migrations.create(request);
        } else {
            migrations.update(existing.getId(), request);
        }
    }
}
