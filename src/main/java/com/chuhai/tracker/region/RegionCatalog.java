package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.TranslatedNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Every region's translated names by code; cached until data changes. */
    @Cacheable(cacheNames = "references", key = "'regionNames'", sync = true)
    public Map<String, LocalNames> translations() {
        Map<String, LocalNames> names = new HashMap<>();
        jdbc.sql("SELECT code, name_fr, name_zh FROM region")
                .query((row, n) -> names.put(row.getString(1), new LocalNames(row.getString(2), row.getString(3))))
                .list();
        return Map.copyOf(names);
    }

    public record RegionSummary(String code, String name) implements TranslatedNames.Named {

        @Override
        public String key() {
            return code;
        }
    }
}
