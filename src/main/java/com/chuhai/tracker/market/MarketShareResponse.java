package com.chuhai.tracker.market;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.source.SourceResponse;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A market share as the API shows it; {@code provider} is the provider's slug. */
record MarketShareResponse(
        long id,
        String period,
        MarketScope scope,
        String provider,
        BigDecimal sharePercent,
        @Nullable String measure,
        @Nullable SourceResponse source,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    static final CsvColumns<MarketShareResponse> CSV = CsvColumns.<MarketShareResponse>of()
            .column("id", MarketShareResponse::id)
            .column("period", MarketShareResponse::period)
            .column("scope", MarketShareResponse::scope)
            .column("provider", MarketShareResponse::provider)
            .column("sharePercent", MarketShareResponse::sharePercent)
            .column("measure", MarketShareResponse::measure)
            .column("source", row -> row.source() == null ? null : row.source().url());

    static MarketShareResponse of(MarketShare share) {
        return new MarketShareResponse(
                share.getId(),
                share.getPeriod(),
                share.getScope(),
                share.getProvider().getSlug(),
                share.getSharePercent(),
                share.getMeasure(),
                share.getSource() == null ? null : SourceResponse.of(share.getSource()),
                share.getCreatedAt(),
                AccountNames.visible(share.getCreatedBy()),
                share.getUpdatedAt(),
                AccountNames.visible(share.getUpdatedBy()),
                share.getVersion());
    }
}
