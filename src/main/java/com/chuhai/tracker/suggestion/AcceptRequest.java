package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.migration.MigrationRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * An editor's acceptance, with the edits made first, if any: the adoption or migration as it should be
 * recorded, or a correction's value; {@code version} confirms a correction against the record's
 * current version when the record changed after the reader read it (the suggestion is stale).
 */
@Schema(name = "AcceptRequest")
public record AcceptRequest(
        @Valid @Schema(description = "The adoption to record instead of the one suggested.")
        AdoptionRequest adoption,

        @Valid @Schema(description = "The migration to record instead of the one suggested.")
        MigrationRequest migration,

        @Size(max = 2000) @Schema(description = "The value to set instead of the one suggested.")
        String value,

        @Schema(description = "For a stale correction: the record's current version, which the editor has seen.")
        Long version) {

    static final AcceptRequest AS_SUGGESTED = new AcceptRequest(null, null, null, null);
}
