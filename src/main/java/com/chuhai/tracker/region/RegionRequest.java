package com.chuhai.tracker.region;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A region to create or replace. Fields that only responses carry are accepted and ignored. */
@JsonIgnoreProperties(value = {"id", "createdAt", "updatedAt", "createdBy", "updatedBy"})
@Schema(name = "RegionRequest")
record RegionRequest(
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{code.pattern}")
        @Schema(example = "sg")
        String code,

        @NotBlank @Size(max = 200) @Schema(example = "Singapore")
        String name,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}")
        @Schema(description = "ISO 3166-1 alpha-2; empty for a multi-country region such as the EU.")
        String country,

        @NotNull RegionCategory category,

        @Schema(description = "The version read before changing the region; required to replace it.")
        Long version) {}
