package com.chuhai.tracker.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The caches of statistics, reference data, list pages and the dashboard page: on or off
 * ({@code app.cache.enabled}), how long a value lives at most ({@code app.cache.ttl}, since "today"
 * moves), and how often this instance looks for writes made through others
 * ({@code app.cache.sync-interval}: the bound of their staleness here).
 */
@ConfigurationProperties("app.cache")
public record CacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10m") Duration ttl,
        @DefaultValue("2s") Duration syncInterval) {}
