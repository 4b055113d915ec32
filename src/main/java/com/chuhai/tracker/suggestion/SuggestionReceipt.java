package com.chuhai.tracker.suggestion;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the reader who made a suggestion may know of it, at its private address: never the e-mail
 * address, never who decided.
 */
@Schema(name = "SuggestionReceipt")
public record SuggestionReceipt(
        @Schema(description = "The tracking id: keep it to follow the suggestion; it cannot be guessed.")
        String id,

        SuggestionKind kind,
        SuggestionStatus status,
        Instant createdAt,
        @Nullable Instant decidedAt,

        @Schema(description = "Why it was rejected; null otherwise.") @Nullable
        String reason,

        @Schema(description = "The record it created or corrected once accepted, e.g. adoptions/17.") @Nullable
        String result) {

    static SuggestionReceipt of(Suggestion s) {
        return new SuggestionReceipt(
                s.getTrackingId(),
                s.getKind(),
                s.getStatus(),
                s.getCreatedAt(),
                s.getDecidedAt(),
                s.getReason(),
                s.getResult());
    }
}
