package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.source.SourceRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A suggestion as editors review it: the proposal beside what is recorded now, and its sources. */
@Schema(name = "SuggestionResponse")
public record SuggestionResponse(
        String id,
        SuggestionKind kind,
        SuggestionStatus status,

        @Schema(description = "Slug of the company it concerns.") @Nullable
        String company,

        @Schema(
                description =
                        "For ADOPTION and MIGRATION: the request to record, as the adoptions' or migrations' API takes it.")
        @Nullable
        Map<String, Object> proposal,

        @Schema(description = "For CORRECTION: the record to correct.") @Nullable
        String target,

        @Nullable String field,

        @Schema(description = "For CORRECTION: the value suggested.") @Nullable
        String value,

        @Schema(
                description = "For an accepted ADOPTION or MIGRATION: the request as the editor applied it, with any"
                        + " edits (null for suggestions accepted before this was kept).")
        @Nullable
        Map<String, Object> applied,

        @Schema(description = "For an accepted CORRECTION: the value the editor applied, mended or as suggested.")
        @Nullable
        String appliedValue,

        @Schema(description = "For an open CORRECTION: the field's value as recorded now.") @Nullable
        String currentValue,

        @Schema(description = "The record changed since the reader read it: accept only by confirming its version.")
        boolean stale,

        @Schema(description = "For an open CORRECTION: the record's version now, to confirm when it is stale.")
        @Nullable
        Long currentVersion,

        @Schema(description = "For CORRECTION: what shows the new value (a proposal carries its own).")
        List<SuggestedSource> sources,

        @Nullable String note,

        @Schema(description = "The reader's address for a reply, while the suggestion is open.") @Nullable
        String email,

        Instant createdAt,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        @Nullable String reason,
        @Nullable String result) {

    static SuggestionResponse of(
            Suggestion s,
            Map<String, Object> proposal,
            Map<String, Object> applied,
            List<SourceRequest> sources,
            String currentValue,
            boolean stale,
            Long currentVersion) {
        return new SuggestionResponse(
                s.getTrackingId(),
                s.getKind(),
                s.getStatus(),
                s.getCompanySlug(),
                proposal,
                s.getTarget(),
                s.getField(),
                s.getValue(),
                applied,
                s.getAppliedValue(),
                currentValue,
                stale,
                currentVersion,
                sources.stream()
                        .map(r -> new SuggestedSource(r.url(), r.title()))
                        .toList(),
                s.getNote(),
                s.getEmail(),
                s.getCreatedAt(),
                s.getDecidedAt(),
                s.getDecidedBy(),
                s.getReason(),
                s.getResult());
    }

    /** The fact as recorded once accepted (the editor's edits included), else as suggested. */
    public @Nullable Map<String, Object> recorded() {
        return applied != null ? applied : proposal;
    }

    /** A correction's value as recorded once accepted (mended or not), else as suggested. */
    public @Nullable String recordedValue() {
        return appliedValue != null ? appliedValue : value;
    }

    /** What shows the fact: the sources of the request {@link #recorded}, or a correction's. */
    public List<SuggestedSource> evidence() {
        Map<String, Object> fact = recorded();
        if (fact == null) {
            return sources;
        }
        if (!(fact.get("sources") instanceof List<?> rows)) {
            return List.of();
        }
        return rows.stream()
                .filter(Map.class::isInstance)
                .map(row -> (Map<?, ?>) row)
                .map(row -> new SuggestedSource(
                        String.valueOf(row.get("url")),
                        row.get("title") == null ? null : String.valueOf(row.get("title"))))
                .toList();
    }

    /** A source a reader gave: its address, and its title when given. */
    public record SuggestedSource(String url, @Nullable String title) {}
}
