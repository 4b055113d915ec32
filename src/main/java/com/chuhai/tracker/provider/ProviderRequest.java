package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.CountryCode;
import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.Slug;
import com.chuhai.tracker.shared.WebUrl;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A provider to create or replace, from an API client or the admin form. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "origin", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "ProviderRequest")
record ProviderRequest(
        @NotBlank @Size(max = 64) @Slug @Schema(example = "oracle")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "Oracle Cloud Infrastructure")
        String name,

        @Size(max = 200)
        @Schema(
                description = "The name in French, for the pages in French; the name when absent.",
                example = "Amazon Web Services")
        String nameFr,

        @Size(max = 200)
        @Schema(
                description = "The name in Simplified Chinese, for the pages in Chinese; the name when absent.",
                example = "亚马逊云科技")
        String nameZh,

        @NotNull ProviderKind kind,

        @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2 of the headquarters; empty for own data centres.", example = "US")
        String country,

        @Size(max = 500) @WebUrl String website,

        @Schema(description = "The version read before changing the provider; required to replace it.")
        Long version) {

    /** A new provider, as the admin form starts it. */
    static ProviderRequest empty() {
        return new ProviderRequest(null, null, null, null, ProviderKind.PUBLIC_CLOUD, null, null, null);
    }

    /** The provider as stored, to edit it. */
    static ProviderRequest of(ProviderResponse provider) {
        return new ProviderRequest(
                provider.slug(),
                provider.name(),
                provider.nameFr(),
                provider.nameZh(),
                provider.kind(),
                provider.country(),
                provider.website(),
                provider.version());
    }

    LocalNames translations() {
        return new LocalNames(nameFr, nameZh);
    }

    ProviderRequest withVersion(long current) {
        return new ProviderRequest(slug, name, nameFr, nameZh, kind, country, website, current);
    }
}
