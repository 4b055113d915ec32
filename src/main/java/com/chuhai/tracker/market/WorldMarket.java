package com.chuhai.tracker.market;

import com.chuhai.tracker.provider.Origin;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The world cloud market split by provider origin, for setting the chuhai split beside it. */
@Service
public class WorldMarket {

    private final JdbcClient jdbc;

    WorldMarket(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest worldwide measurement (one period and one measure, so that shares from different
     * trackers are never added up), summed per provider origin; empty when none is stored. Cached like
     * the other reference data until data changes.
     */
    @Cacheable(cacheNames = "references", key = "'worldMarket'", sync = true)
    public Optional<Split> latest() {
        List<Row> rows = jdbc.sql("""
                        SELECT ms.period, ms.measure, p.country, ms.share_percent, s.publisher, s.url
                        FROM market_share ms
                        JOIN cloud_provider p ON p.id = ms.provider_id
                        LEFT JOIN source s ON s.id = ms.source_id
                        WHERE ms.scope = 'WORLDWIDE'""")
                .query((rs, n) -> new Row(
                        rs.getString("period"),
                        rs.getString("measure"),
                        Origin.ofCountry(rs.getString("country")),
                        rs.getBigDecimal("share_percent"),
                        rs.getString("publisher"),
                        rs.getString("url")))
                .list();
        return rows.stream()
                .max(Comparator.comparing(Row::period).thenComparing(row -> String.valueOf(row.measure())))
                .map(latest -> {
                    Map<Origin, BigDecimal> shares = new EnumMap<>(Origin.class);
                    for (Origin origin : Origin.values()) {
                        shares.put(origin, BigDecimal.ZERO);
                    }
                    rows.stream()
                            .filter(row -> row.period().equals(latest.period())
                                    && String.valueOf(row.measure()).equals(String.valueOf(latest.measure())))
                            .forEach(row -> shares.merge(row.origin(), row.share(), BigDecimal::add));
                    return new Split(latest.period(), latest.measure(), latest.publisher(), latest.url(), shares);
                });
    }

    /** A period's shares per origin (OTHER sums only the providers stored, not the rest of the market). */
    /** Immutable, since the latest split is cached and shared between requests. */
    public record Split(String period, String measure, String publisher, String url, Map<Origin, BigDecimal> shares) {

        public Split {
            shares = shares.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(shares));
        }
    }

    private record Row(String period, String measure, Origin origin, BigDecimal share, String publisher, String url) {}
}
