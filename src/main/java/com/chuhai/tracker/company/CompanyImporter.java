package com.chuhai.tracker.company;

import com.chuhai.tracker.importing.BeanChecks;
import com.chuhai.tracker.importing.CsvCells;
import com.chuhai.tracker.importing.CsvImporter;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Imports companies from the columns of their export; a known slug updates that company. */
@Component
class CompanyImporter implements CsvImporter {

    private final CompanyService companies;
    private final Validator validator;

    CompanyImporter(CompanyService companies, Validator validator) {
        this.companies = companies;
        this.validator = validator;
    }

    @Override
    public String kind() {
        return "companies";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("slug", "name", "sector");
    }

    @Override
    public List<String> columns() {
        return CompanyResponse.CSV.headers();
    }

    @Override
    public void importRow(Map<String, String> row) {
        String slug = CsvCells.text(row, "slug");
        Long version = companies.findBySlug(slug).map(Company::getVersion).orElse(null);
        CompanyRequest request = new CompanyRequest(
                slug,
                CsvCells.text(row, "name"),
                CsvCells.text(row, "nativeName"),
                CsvCells.text(row, "parent"),
                CsvCells.code(row, "sector", Sector.class),
                CsvCells.text(row, "originCountry"),
                CsvCells.text(row, "originCity"),
                CsvCells.text(row, "globalHq"),
                CsvCells.integer(row, "foundedYear"),
                CsvCells.text(row, "website"),
                CsvCells.text(row, "description"),
                version);
        BeanChecks.check(validator, request);
        if (version == null) {
            companies.create(request);
        } else {
            companies.update(slug, request);
        }
    }
}
