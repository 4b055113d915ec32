package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.CountryCode;
import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.Slug;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A region to create or replace, from an API client or the admin form. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "RegionRequest")
record RegionRequest(
        @NotBlank @Size(max = 32) @Slug(message = "{code.pattern}") @Schema(example = "sg")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Singapore")
        String name,

        @Size(max = 200)
        @Schema(
                description = "The name in French, for the pages in French; the name when absent.",
                example = "Singapour")
        String nameFr,

        @Size(max = 200)
        @Schema(
                description = "The name in Simplified Chinese, for the pages in Chinese; the name when absent.",
                example = "新加坡")
        String nameZh,

        @CountryCode @Schema(description = "ISO 3166-1 alpha-2; empty for a multi-country region such as the EU.")
        String country,

        @NotNull RegionCategory category,

        @Schema(description = "The version read before changing the region; required to replace it.")
        Long version) {

    /** A new region, as the admin form starts it. */
    static RegionRequest empty() {
        return new RegionRequest(null, null, null, null, null, RegionCategory.OTHER, null);
    }

    /** The region as stored, to edit it. */
    static RegionRequest of(RegionResponse region) {
        return new RegionRequest(
                region.code(),
                region.name(),
                region.nameFr(),
                region.nameZh(),
                region.country(),
                region.category(),
                region.version());
    }

    LocalNames translations() {
        return new LocalNames(nameFr, nameZh);
    }

    RegionRequest withVersion(long current) {
        return new RegionRequest(code, name, nameFr, nameZh, country, category, current);
    }
}
