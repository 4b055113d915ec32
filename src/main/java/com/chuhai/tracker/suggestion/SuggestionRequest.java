package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.source.SourceRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A reader's suggestion: {@code adoption} for ADOPTION, {@code migration} for MIGRATION (each exactly
 * as the adoptions' and migrations' APIs take it, with at least one source), or {@code target},
 * {@code field}, {@code value} and {@code sources} for CORRECTION.
 */
@Schema(name = "SuggestionRequest")
public record SuggestionRequest(
        @NotNull SuggestionKind kind,

        @Valid
        @Schema(description = "For ADOPTION: the adoption, as POST /api/v1/adoptions takes it; at least one source.")
        AdoptionRequest adoption,

        @Valid
        @Schema(description = "For MIGRATION: the migration, as POST /api/v1/migrations takes it; at least one source.")
        MigrationRequest migration,

        @Pattern(regexp = "(adoptions|migrations)/[1-9][0-9]{0,17}", message = "{suggestion.target.pattern}")
        @Schema(description = "For CORRECTION: the record to correct.", example = "adoptions/17")
        String target,

        @Size(max = 64)
        @Schema(description = "For CORRECTION: the field, as the record's API names it.", example = "endDate")
        String field,

        @Size(max = 2000)
        @Schema(
                description = "For CORRECTION: the new value, as text (a date as 2024-01-01); null clears the field.",
                example = "2024-01-01")
        String value,

        @Valid @Size(max = 10) @Schema(description = "For CORRECTION: what shows the new value; at least one.")
        List<@NotNull SourceRequest> sources,

        @Size(max = 2000) String note,

        @Email
        @Size(max = 254)
        @Schema(description = "For a reply; never shown publicly, deleted when the suggestion is closed.")
        String email,

        @Size(max = 200)
        @Schema(description = "Leave empty. A field people do not see; a suggestion that fills it is refused.")
        String homepage) {}
