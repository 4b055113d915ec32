package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A provider as the API shows it; {@code origin} is derived from the country. */
public record ProviderResponse(
        String slug,
        String name,

        @Schema(description = "The name in French; null when it has no translation.") @Nullable
        String nameFr,

        @Schema(description = "The name in Simplified Chinese; null when it has no translation.") @Nullable
        String nameZh,

        ProviderKind kind,
        @Nullable String country,
        Origin origin,
        @Nullable String website,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    static final CsvColumns<ProviderResponse> CSV = CsvColumns.<ProviderResponse>of()
            .column("slug", ProviderResponse::slug)
            .column("name", ProviderResponse::name)
            .column("nameFr", ProviderResponse::nameFr)
            .column("nameZh", ProviderResponse::nameZh)
            .column("kind", ProviderResponse::kind)
            .column("country", ProviderResponse::country)
            .column("origin", ProviderResponse::origin)
            .column("website", ProviderResponse::website);

    static ProviderResponse of(CloudProvider provider) {
        return new ProviderResponse(
                provider.getSlug(),
                provider.getName(),
                provider.getTranslations().fr(),
                provider.getTranslations().zh(),
                provider.getKind(),
                provider.getCountry(),
                provider.origin(),
                provider.getWebsite(),
                provider.getCreatedAt(),
                AccountNames.visible(provider.getCreatedBy()),
                provider.getUpdatedAt(),
                AccountNames.visible(provider.getUpdatedBy()),
                provider.getVersion());
    }
}
