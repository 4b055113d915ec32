package com.chuhai.tracker.company;

import com.chuhai.tracker.shared.CountryCode;
import com.chuhai.tracker.shared.Slug;
import com.chuhai.tracker.shared.WebUrl;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A company to create or replace, from an API client or the admin form (which sends the list to
 * return to, {@code back}, beside it). Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "CompanyRequest")
public record CompanyRequest(
        @NotBlank @Size(max = 100) @Slug @Schema(example = "tiktok")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "TikTok")
        String name,

        @Size(max = 200) @Schema(example = "抖音国际版") String nativeName,

        @Size(max = 100) @Schema(description = "Slug of the parent company.", example = "bytedance")
        String parent,

        @NotNull Sector sector,

        @CountryCode @Schema(example = "CN") String originCountry,

        @Size(max = 100) @Schema(example = "Beijing") String originCity,

        @Size(max = 200) @Schema(example = "Singapore and Los Angeles")
        String globalHq,

        @Min(1800) @Max(2100) Integer foundedYear,

        @Size(max = 500) @WebUrl String website,

        @Size(max = 4000) String description,

        @Schema(description = "The version read before changing the company; required to replace it.")
        Long version) {

    /** A new company, as the admin form starts it. */
    static CompanyRequest empty() {
        return new CompanyRequest(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The company as stored, to edit it. */
    static CompanyRequest of(CompanyResponse company) {
        return new CompanyRequest(
                company.slug(),
                company.name(),
                company.nativeName(),
                company.parent(),
                company.sector(),
                company.originCountry(),
                company.originCity(),
                company.globalHq(),
                company.foundedYear(),
                company.website(),
                company.description(),
                company.version());
    }

    /** The same input, to be saved over the version now stored. */
    CompanyRequest withVersion(long current) {
        return new CompanyRequest(
                slug,
                name,
                nativeName,
                parent,
                sector,
                originCountry,
                originCity,
                globalHq,
                foundedYear,
                website,
                description,
                current);
    }
}
