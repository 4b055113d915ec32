package com.chuhai.tracker.region;

import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The regions other features may list or check a code against, without reaching into the repository. */
@Service
public class RegionCatalog {

    private final JdbcClient jdbc;

    RegionCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every region by name, as the code and name a filter shows; cached until data changes. */
    @Cacheable(cacheNames = "references", key = "'regions'", sync = true)
    public List<RegionSummary> list() {
        return List.copyOf(jdbc.sql("SELECT code, name FROM region ORDER BY name")
                .query(RegionSummary.class)
                .list());
    }

    public record RegionSummary(String code, String name) {}
}
