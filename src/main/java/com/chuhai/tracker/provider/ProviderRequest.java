package com.chuhai.tracker.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider to create or replace. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "origin", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "ProviderRequest")
record ProviderRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = SLUG, message = "{slug.pattern}") @Schema(example = "oracle")
        String slug,

        @NotBlank @Size(max = 200) @Schema(example = "Oracle Cloud Infrastructure")
        String name,

        @NotNull ProviderKind kind,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}")
        @Schema(description = "ISO 3166-1 alpha-2 of the headquarters; empty for own data centres.", example = "US")
        String country,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{url.pattern}")
        String website,

        @Schema(description = "The version read before changing the provider; required to replace it.")
        Long version) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
}
