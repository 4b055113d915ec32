package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.source.SourceRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's correction of one field of a recorded adoption or migration, as the correction form edits
 * it: the record, the field, its right value and the sources as rows, and what every suggestion has
 * ({@link ReaderDetails}).
 */
public class CorrectionSuggestionForm {

    static final int SOURCE_ROWS = 2;

    private String target;

    @NotBlank
    @Size(max = 64)
    private String field;

    @Size(max = 2000)
    private String value;

    @Valid
    @Size(max = 10)
    private List<SourceRow> sources = new ArrayList<>();

    @Valid
    private ReaderDetails reader = new ReaderDetails();

    static CorrectionSuggestionForm forTarget(String target) {
        CorrectionSuggestionForm form = new CorrectionSuggestionForm();
        form.target = target;
        form.fillSourceRows();
        return form;
    }

    void fillSourceRows() {
        SourceRow.pad(sources, Math.max(SOURCE_ROWS, sources.size() + 1));
    }

    SuggestionRequest toSuggestion() {
        return new SuggestionRequest(
                SuggestionKind.CORRECTION,
                null,
                null,
                target,
                field,
                value,
                SourceRow.toRequests(sources),
                reader.getNote(),
                reader.getEmail(),
                reader.getHomepage());
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public void setSources(List<SourceRow> sources) {
        this.sources = sources;
    }

    public ReaderDetails getReader() {
        return reader;
    }

    public void setReader(ReaderDetails reader) {
        this.reader = reader;
    }
}
