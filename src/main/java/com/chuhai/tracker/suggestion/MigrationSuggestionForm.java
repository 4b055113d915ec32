package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.migration.MigrationForm;
import jakarta.validation.Valid;

/**
 * A reader's suggested migration or relocation: the admin's migration form, field for field (the same
 * fields, rules and messages), and what every suggestion has ({@link ReaderDetails}).
 */
public class MigrationSuggestionForm extends MigrationForm {

    @Valid
    private ReaderDetails reader = new ReaderDetails();

    static MigrationSuggestionForm forCompany(String company) {
        MigrationSuggestionForm form = new MigrationSuggestionForm();
        form.setCompany(company);
        form.fillSourceRows();
        return form;
    }

    SuggestionRequest toSuggestion() {
        return new SuggestionRequest(
                SuggestionKind.MIGRATION,
                null,
                toRequest(),
                null,
                null,
                null,
                null,
                reader.getNote(),
                reader.getEmail(),
                reader.getHomepage());
    }

    public ReaderDetails getReader() {
        return reader;
    }

    public void setReader(ReaderDetails reader) {
        this.reader = reader;
    }
}
