package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionForm;
import jakarta.validation.Valid;

/**
 * A reader's suggested adoption: the admin's adoption form, field for field (the same fields, rules and
 * messages), and what every suggestion has ({@link ReaderDetails}).
 */
public class AdoptionSuggestionForm extends AdoptionForm {

    @Valid
    private ReaderDetails reader = new ReaderDetails();

    static AdoptionSuggestionForm forCompany(String company) {
        AdoptionSuggestionForm form = new AdoptionSuggestionForm();
        form.setCompany(company);
        form.fillSourceRows();
        return form;
    }

    SuggestionRequest toSuggestion() {
        return new SuggestionRequest(
                SuggestionKind.ADOPTION,
                toRequest(),
                null,
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
