package com.chuhai.tracker.migration;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceResponse;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A migration as the API shows it; a provider is null when it was not disclosed. {@code region} is
 * the region of a move within one region, null for a relocation (read fromRegion and toRegion).
 */
public record MigrationResponse(
        long id,
        String company,

        @Schema(description = "fromRegion when it equals toRegion; null for a relocation.") @Nullable
        String region,

        String fromRegion,
        String toRegion,

        @Schema(description = "Slug of the provider left; null when not disclosed.") @Nullable
        String fromProvider,

        @Schema(description = "Slug of the provider moved to; null when not disclosed.") @Nullable
        String toProvider,

        LocalDate announcedOn,
        @Nullable LocalDate completedOn,

        @Schema(description = "The announcement's precision.")
        DatePrecision datePrecision,

        DatePrecision announcedPrecision,
        @Nullable DatePrecision completedPrecision,
        MigrationStatus status,
        MigrationReason reason,
        @Nullable String summary,
        Confidence confidence,
        List<SourceResponse> sources,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    static final CsvColumns<MigrationResponse> CSV = CsvColumns.<MigrationResponse>of()
            .column("id", MigrationResponse::id)
            .column("company", MigrationResponse::company)
            .column("region", MigrationResponse::region)
            .column("fromRegion", MigrationResponse::fromRegion)
            .column("toRegion", MigrationResponse::toRegion)
            .column("fromProvider", MigrationResponse::fromProvider)
            .column("toProvider", MigrationResponse::toProvider)
            .column("announcedOn", MigrationResponse::announcedOn)
            .column("announcedPrecision", MigrationResponse::announcedPrecision)
            .column("completedOn", MigrationResponse::completedOn)
            .column("completedPrecision", MigrationResponse::completedPrecision)
            .column("status", MigrationResponse::status)
            .column("reason", MigrationResponse::reason)
            .column("summary", MigrationResponse::summary)
            .column("confidence", MigrationResponse::confidence)
            .column(
                    "sources",
                    row -> row.sources().stream().map(SourceResponse::url).toList());

    static MigrationResponse of(Migration migration) {
        return new MigrationResponse(
                migration.getId(),
                migration.getCompany().getSlug(),
                migration.isRelocation() ? null : migration.getFromRegion().getCode(),
                migration.getFromRegion().getCode(),
                migration.getToRegion().getCode(),
                migration.getFromProvider() == null
                        ? null
                        : migration.getFromProvider().getSlug(),
                migration.getToProvider() == null
                        ? null
                        : migration.getToProvider().getSlug(),
                migration.getAnnouncedOn(),
                migration.getCompletedOn(),
                migration.getAnnouncedPrecision(),
                migration.getAnnouncedPrecision(),
                migration.getCompletedPrecision(),
                migration.getStatus(),
                migration.getReason(),
                migration.getSummary(),
                migration.getConfidence(),
                migration.getSources().stream().map(SourceResponse::of).toList(),
                migration.getCreatedAt(),
                AccountNames.visible(migration.getCreatedBy()),
                migration.getUpdatedAt(),
                AccountNames.visible(migration.getUpdatedBy()),
                migration.getVersion());
    }
}
