package com.chuhai.tracker.provider;

import com.chuhai.tracker.web.CsvColumns;
import java.time.Instant;

/** A provider as the API shows it; {@code origin} is derived from the country. */
public record ProviderResponse(
        String slug,
        String name,
        ProviderKind kind,
        String country,
        Origin origin,
        String website,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version) {

    static final CsvColumns<ProviderResponse> CSV = CsvColumns.<ProviderResponse>of()
            .column("slug", ProviderResponse::slug)
            .column("name", ProviderResponse::name)
            .column("kind", ProviderResponse::kind)
            .column("country", ProviderResponse::country)
            .column("origin", ProviderResponse::origin)
            .column("website", ProviderResponse::website);

    static ProviderResponse of(CloudProvider provider) {
        return new ProviderResponse(
                provider.getSlug(),
                provider.getName(),
                provider.getKind(),
                provider.getCountry(),
                provider.origin(),
                provider.getWebsite(),
                provider.getCreatedAt(),
                provider.getCreatedBy(),
                provider.getUpdatedAt(),
                provider.getUpdatedBy(),
                provider.getVersion());
    }
}
