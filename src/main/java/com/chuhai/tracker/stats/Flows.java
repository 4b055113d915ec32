package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Migrations in a window of announced dates, counted provider to provider and origin to origin, and
 * relocations region to region; {@code total} counts every migration in the window once. A null
 * provider or origin is the bucket of migrations whose provider on that side was not disclosed; a
 * relocation that keeps its provider is a region flow only.
 */
public record Flows(
        LocalDate from,
        LocalDate to,
        List<ProviderFlow> providers,
        List<OriginFlow> origins,
        List<RegionFlow> regions,
        long total) {

    /** Immutable, since flows are cached and shared between requests. */
    public Flows {
        providers = List.copyOf(providers);
        origins = List.copyOf(origins);
        regions = List.copyOf(regions);
    }

    /** Relocations from one region to another. */
    public record RegionFlow(String from, String fromName, String to, String toName, long count) {}

    /** Migrations from one provider to another; null on a side whose provider was not disclosed. */
    public record ProviderFlow(
            @Nullable String from,
            @Nullable String fromName,
            @Nullable String to,
            @Nullable String toName,
            long count) {}

    /** Migrations from one origin to another; null on a side whose provider was not disclosed. */
    public record OriginFlow(
            @Nullable Origin from, @Nullable Origin to, long count) {}
}
