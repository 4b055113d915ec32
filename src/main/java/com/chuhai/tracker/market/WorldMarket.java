package com.chuhai.tracker.market;

import com.chuhai.tracker.provider.Origin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
     * The worldwide measurement whose period lies nearest {@code asOf} (a year counts from its middle,
     * a quarter from its middle month; a tie goes to the later period), so the chuhai split of a date
     * is set beside the market of that time; empty when none is stored ({@code splits} as
     * {@link #splits()} gives them).
     */
    public static Optional<Split> nearest(List<Split> splits, LocalDate asOf) {
        return splits.stream()
                .min(Comparator.<Split>comparingLong(
                                split -> Math.abs(ChronoUnit.DAYS.between(middle(split.period()), asOf)))
                        .thenComparing(Split::period, Comparator.reverseOrder())
                        .thenComparing(split -> String.valueOf(split.measure())));
    }

    /**
     * Every worldwide measurement, one per period and measure (so that shares from different trackers
     * are never added up), summed per provider origin. Cached like the other reference data until data
     * changes.
     */
    @Cacheable(cacheNames = "references", key = "'worldMarket'", sync = true)
    public List<Split> splits() {
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
        Map<List<String>, Split> splits = new LinkedHashMap<>();
        for (Row row : rows) {
            Split split = splits.computeIfAbsent(
                    Arrays.asList(row.period(), row.measure()),
                    key -> new Split(
                            row.period(), row.measure(), row.publisher(), row.url(), new EnumMap<>(Origin.class)));
            split.shares().merge(row.origin(), row.share(), BigDecimal::add);
        }
        return splits.values().stream().map(Split::complete).toList();
    }

    /** The middle of a period: 2024 is 1 July 2024, 2024-Q3 is 15 August 2024. */
    static LocalDate middle(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 7, 1);
        }
        int quarter = period.charAt(period.length() - 1) - '0';
        return LocalDate.of(year, quarter * 3 - 1, 15);
    }

    /** A period's shares per origin (OTHER sums only the providers stored, not the rest of the market). */
    /** Immutable, since the latest split is cached and shared between requests. */
    public record Split(String period, String measure, String publisher, String url, Map<Origin, BigDecimal> shares) {

        /** Every origin present (zero where none is stored), and no longer changeable. */
        Split complete() {
            Map<Origin, BigDecimal> all = new EnumMap<>(Origin.class);
            for (Origin origin : Origin.values()) {
                all.put(origin, shares.getOrDefault(origin, BigDecimal.ZERO));
            }
            return new Split(period, measure, publisher, url, Collections.unmodifiableMap(all));
        }
    }

    private record Row(String period, String measure, Origin origin, BigDecimal share, String publisher, String url) {}
}
