package com.chuhai.tracker.company;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company to create or replace. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "CompanyRequest")
public record CompanyRequest(
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{slug.pattern}")
        @Schema(example = "tiktok")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "TikTok")
        String name,

        @Size(max = 200) @Schema(example = "抖音国际版") String nativeName,

        @Schema(description = "Slug of the parent company.", example = "bytedance")
        String parent,

        @NotNull Sector sector,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}") @Schema(example = "CN")
        String originCountry,

        @Size(max = 100) @Schema(example = "Beijing") String originCity,

        @Size(max = 200) @Schema(example = "Singapore and Los Angeles")
        String globalHq,

        @Min(1800) @Max(2100) Integer foundedYear,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{url.pattern}")
        String website,

        @Size(max = 4000) String description,

        @Schema(description = "The version read before changing the company; required to replace it.")
        Long version) {}
