package com.chuhai.tracker.market;

import com.chuhai.tracker.shared.Period;
import com.chuhai.tracker.shared.WebUrl;
import com.chuhai.tracker.source.SourceRequest;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A market share as the admin form edits it, with its one source. */
record MarketShareForm(
        @NotBlank @Period String period,

        @NotNull MarketScope scope,
        @NotBlank String provider,

        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal sharePercent,

        @Size(max = 200) String measure,

        @Size(max = 1000) @WebUrl String sourceUrl,

        @Size(max = 500) String sourceTitle,
        Long version) {

    static MarketShareForm empty() {
        return new MarketShareForm(null, MarketScope.WORLDWIDE, null, null, null, null, null, null);
    }

    static MarketShareForm of(MarketShareResponse share) {
        return new MarketShareForm(
                share.period(),
                share.scope(),
                share.provider(),
                share.sharePercent(),
                share.measure(),
                share.source() == null ? null : share.source().url(),
                share.source() == null ? null : share.source().title(),
                share.version());
    }

    MarketShareRequest toRequest() {
        return new MarketShareRequest(
                period,
                scope,
                provider,
                sharePercent,
                measure,
                sourceUrl == null ? null : new SourceRequest(sourceUrl, sourceTitle, null, null, null),
                version);
    }
}
