package com.chuhai.tracker.adoption;

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
 * Imports adoptions from the columns of their export. An id of an existing adoption updates it; any
 * other row is created. Sources are URLs; a URL not stored yet becomes a source titled by its URL.
 */
@Component
class AdoptionImporter implements CsvImporter {

    private final AdoptionService adoptions;
    private final AdoptionRepository repository;
    private final Validator validator;

    AdoptionImporter(AdoptionService adoptions, AdoptionRepository repository, Validator validator) {
        this.adoptions = adoptions;
        this.repository = repository;
        this.validator = validator;
    }

    @Override
    public String kind() {
        return "adoptions";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("company", "provider", "region", "confidence");
    }

    @Override
    public List<String> columns() {
        return AdoptionResponse.CSV.headers();
    }

    @Override
    public void importRow(Map<String, String> row) {
        Long id = CsvCells.id(row, "id");
        Adoption existing = id == null ? null : repository.findById(id).orElse(null);
        AdoptionRequest request = new AdoptionRequest(
                CsvCells.text(row, "company"),
                CsvCells.text(row, "provider"),
                CsvCells.text(row, "region"),
                CsvCells.date(row, "startDate"),
                CsvCells.date(row, "endDate"),
                null,
                CsvCells.code(row, "startPrecision", DatePrecision.class),
                CsvCells.code(row, "endPrecision", DatePrecision.class),
                CsvCells.text(row, "workload"),
                CsvCells.code(row, "confidence", Confidence.class),
                CsvCells.list(row, "sources").stream()
                        .map(url -> new SourceRequest(url, url, null, null, null))
                        .toList(),
                existing == null ? null : existing.getVersion());
        BeanChecks.check(validator, request);
        if (existing == null) {
            adoptions.create(request);
        } else {
            adoptions.update(existing.getId(), request);
        }
    }
}
