package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Narrows the adoptions that are counted: active on {@code asOf}, of companies in {@code sector} (any
 * when null), in the region with code {@code region} (any when null).
 */
public record StatsFilter(LocalDate asOf, Sector sector, String region) {

    public StatsFilter {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Everything active on a date, unfiltered. */
    public static StatsFilter on(LocalDate asOf) {
        return new StatsFilter(asOf, null, null);
    }
}
