package com.chuhai.tracker.stats;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The providers and regions every statistic names and classifies its counts by, read once and kept
 * with the other reference data until data changes (a dashboard asks four statistics of them).
 */
@Component
class StatsReferences {

    private final JdbcClient jdbc;

    StatsReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = "references", key = "'statsReference'", sync = true)
    public StatsReference current() {
        return StatsReference.load(jdbc);
    }
}
