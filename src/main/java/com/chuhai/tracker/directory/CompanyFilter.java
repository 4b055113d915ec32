package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.CompanySearch;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Narrows the company list; every field is optional. {@code provider}, {@code region},
 * {@code regionCategory} and {@code origin} together select companies with one adoption in use on
 * {@code asOf} (today when left out) that matches all of them: exactly the companies a statistic
 * counts ({@link CompanySearch}).
 */
record CompanyFilter(
        @Parameter(description = "Case-insensitive text in the name, native name or slug.")
        String q,

        @Parameter(description = "Companies of this sector.")
        Sector sector,

        @Parameter(description = "Companies using this provider (slug) on asOf.")
        String provider,

        @Parameter(description = "Companies with data or workloads in this region (code) on asOf.")
        String region,

        @Parameter(description = "Companies with data or workloads in a region of this category on asOf.")
        RegionCategory regionCategory,

        @Parameter(
                description = "Companies using a provider of this origin on asOf; UNDISCLOSED: keeping data"
                        + " where the sources do not name the operator.")
        Origin origin,

        @Parameter(description = "true: only companies with an adoption in use on asOf (the tracked companies).")
        Boolean tracked,

        @Parameter(description = "The date provider, region and origin apply to; today when left out.")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf) {

    public boolean filtersUsage() {
        return provider != null
                || region != null
                || regionCategory != null
                || origin != null
                || Boolean.TRUE.equals(tracked);
    }

    /** What the list looks for, provider, region and origin applying on {@code asOf}, else {@code today}. */
    CompanySearch.Criteria toCriteria(LocalDate today) {
        return new CompanySearch.Criteria(
                q,
                sector,
                provider,
                region,
                regionCategory,
                origin,
                Boolean.TRUE.equals(tracked),
                asOf == null ? today : asOf);
    }
}
