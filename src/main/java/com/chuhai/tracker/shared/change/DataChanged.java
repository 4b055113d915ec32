package com.chuhai.tracker.shared.change;

/**
 * Published after a write committed, here or through another instance (then within the poll interval
 * of {@code app.cache.sync-interval}): whatever was cached from the data may be stale.
 */
public record DataChanged(long version) {

    /** Seen through the shared version, without knowing which write moved it. */
    public static final long UNKNOWN = -1;
}
