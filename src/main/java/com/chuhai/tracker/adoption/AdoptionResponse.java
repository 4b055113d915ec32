package com.chuhai.tracker.adoption;

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

/** An adoption as the API shows it, with references as slugs and codes. */
public record AdoptionResponse(
        long id,
        String company,

        @Schema(description = "Provider slug; null when it was not disclosed.") @Nullable
        String provider,

        String region,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,

        @Schema(description = "The start's precision (the end's when the start was not reported).") @Nullable
        DatePrecision datePrecision,

        @Nullable DatePrecision startPrecision,
        @Nullable DatePrecision endPrecision,
        @Nullable String workload,
        Confidence confidence,
        List<SourceResponse> sources,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    static final CsvColumns<AdoptionResponse> CSV = CsvColumns.<AdoptionResponse>of()
            .column("id", AdoptionResponse::id)
            .column("company", AdoptionResponse::company)
            .column("provider", AdoptionResponse::provider)
            .column("region", AdoptionResponse::region)
            .column("startDate", AdoptionResponse::startDate)
            .column("startPrecision", AdoptionResponse::startPrecision)
            .column("endDate", AdoptionResponse::endDate)
            .column("endPrecision", AdoptionResponse::endPrecision)
            .column("workload", AdoptionResponse::workload)
            .column("confidence", AdoptionResponse::confidence)
            .column(
                    "sources",
                    row -> row.sources().stream().map(SourceResponse::url).toList());

    static AdoptionResponse of(Adoption adoption) {
        return new AdoptionResponse(
                adoption.getId(),
                adoption.getCompany().getSlug(),
                adoption.providerSlug(),
                adoption.getRegion().getCode(),
                adoption.getStartDate(),
                adoption.getEndDate(),
                adoption.getStartPrecision() != null ? adoption.getStartPrecision() : adoption.getEndPrecision(),
                adoption.getStartPrecision(),
                adoption.getEndPrecision(),
                adoption.getWorkload(),
                adoption.getConfidence(),
                adoption.getSources().stream().map(SourceResponse::of).toList(),
                adoption.getCreatedAt(),
                AccountNames.visible(adoption.getCreatedBy()),
                adoption.getUpdatedAt(),
                AccountNames.visible(adoption.getUpdatedBy()),
                adoption.getVersion());
    }
}
