package com.chuhai.tracker.region;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A region as the admin form edits it. */
record RegionForm(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{code.pattern}")
        String code,

        @NotBlank @Size(max = 200) String name,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}")
        String country,

        @NotNull RegionCategory category,
        Long version) {

    static RegionForm empty() {
        return new RegionForm(null, null, null, RegionCategory.OTHER, null);
    }

    static RegionForm of(RegionResponse region) {
        return new RegionForm(region.code(), region.name(), region.country(), region.category(), region.version());
    }

    RegionRequest toRequest() {
        return new RegionRequest(code, name, country, category, version);
    }

    RegionForm withVersion(long current) {
        return new RegionForm(code, name, country, category, current);
    }
}
