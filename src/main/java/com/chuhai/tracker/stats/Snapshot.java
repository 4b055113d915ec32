package com.chuhai.tracker.stats;

import java.util.List;

/** The headline and every breakdown for one filter, read from one consistent view of the data. */
public record Snapshot(
        Headline headline,
        List<ProviderCount> byProvider,
        List<GroupCount> byRegion,
        List<GroupCount> bySector,
        List<GroupCount> byRegionCategory) {

    /** Immutable, since snapshots are cached and shared between requests. */
    public Snapshot {
        byProvider = List.copyOf(byProvider);
        byRegion = List.copyOf(byRegion);
        bySector = List.copyOf(bySector);
        byRegionCategory = List.copyOf(byRegionCategory);
    }
}
