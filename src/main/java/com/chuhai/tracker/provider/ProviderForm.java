package com.chuhai.tracker.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider as the admin form edits it. */
record ProviderForm(
        @NotBlank @Size(max = 64) @Pattern(regexp = ProviderRequest.SLUG, message = "{slug.pattern}")
        String slug,

        @NotBlank @Size(max = 200) String name,
        @NotNull ProviderKind kind,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}")
        String country,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{url.pattern}")
        String website,

        Long version) {

    static ProviderForm empty() {
        return new ProviderForm(null, null, ProviderKind.PUBLIC_CLOUD, null, null, null);
    }

    static ProviderForm of(ProviderResponse provider) {
        return new ProviderForm(
                provider.slug(),
                provider.name(),
                provider.kind(),
                provider.country(),
                provider.website(),
                provider.version());
    }

    ProviderRequest toRequest() {
        return new ProviderRequest(slug, name, kind, country, website, version);
    }

    ProviderForm withVersion(long current) {
        return new ProviderForm(slug, name, kind, country, website, current);
    }
}
