package com.chuhai.tracker.migration;

import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceResponse;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A migration as the API shows it; {@code toProvider} is null when the destination was not disclosed. */
record MigrationResponse(
        long id,
        String company,
        String region,
        String fromProvider,
        String toProvider,
        LocalDate announcedOn,
        LocalDate completedOn,

        @Schema(description = "The announcement's precision.")
        DatePrecision datePrecision,

        DatePrecision announcedPrecision,
        DatePrecision completedPrecision,
        MigrationStatus status,
        MigrationReason reason,
        String summary,
        Confidence confidence,
        List<SourceResponse> sources,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    static final CsvColumns<MigrationResponse> CSV = CsvColumns.<MigrationResponse>of()
            .column("id", MigrationResponse::id)
            .column("company", MigrationResponse::company)
            .column("region", MigrationResponse::region)
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
                migration.getRegion().getCode(),
                migration.getFromProvider().getSlug(),
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
                migration.getCreatedBy(),
                migration.getUpdatedAt(),
                migration.getUpdatedBy(),
                migration.getVersion());
    }
}
