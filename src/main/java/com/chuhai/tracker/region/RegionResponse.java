package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A region as the API shows it. */
public record RegionResponse(
        String code,
        String name,

        @Schema(description = "The name in French; null when it has no translation.") @Nullable
        String nameFr,

        @Schema(description = "The name in Simplified Chinese; null when it has no translation.") @Nullable
        String nameZh,

        @Nullable String country,
        RegionCategory category,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    static final CsvColumns<RegionResponse> CSV = CsvColumns.<RegionResponse>of()
            .column("code", RegionResponse::code)
            .column("name", RegionResponse::name)
            .column("nameFr", RegionResponse::nameFr)
            .column("nameZh", RegionResponse::nameZh)
            .column("country", RegionResponse::country)
            .column("category", RegionResponse::category);

    static RegionResponse of(Region region) {
        return new RegionResponse(
                region.getCode(),
                region.getName(),
                region.getTranslations().fr(),
                region.getTranslations().zh(),
                region.getCountry(),
                region.getCategory(),
                region.getCreatedAt(),
                AccountNames.visible(region.getCreatedBy()),
                region.getUpdatedAt(),
                AccountNames.visible(region.getUpdatedBy()),
                region.getVersion());
    }
}
