package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import java.time.LocalDate;
import java.util.List;

/**
 * Migrations in a window of announced dates, counted provider to provider and origin to origin. A null
 * destination is the bucket of migrations whose destination was not disclosed.
 */
public record Flows(LocalDate from, LocalDate to, List<ProviderFlow> providers, List<OriginFlow> origins) {

    /** Immutable, since flows are cached and shared between requests. */
    public Flows {
        providers = List.copyOf(providers);
        origins = List.copyOf(origins);
    }

    public record ProviderFlow(String from, String fromName, String to, String toName, long count) {}

    public record OriginFlow(Origin from, Origin to, long count) {}
}
