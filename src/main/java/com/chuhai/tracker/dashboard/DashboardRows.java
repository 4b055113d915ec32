package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.market.WorldMarket;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.GroupCount;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.TimelinePoint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The rows of the dashboard's tables and its residency sentence, each number with its link. */
final class DashboardRows {

    private DashboardRows() {}

    /**
     * One row of the origin table: an origin, its companies, their share of tracked companies, and the
     * directory listing exactly those companies.
     */
    record OriginRow(Origin origin, long companies, double percent, String link) {}

    /** The chuhai share of an origin beside its share of the world market, both in percent. */
    record MarketRow(Origin origin, double chuhaiPercent, BigDecimal marketPercent) {}

    static List<OriginRow> originRows(OriginCounts counts, StatsFilter applied, DashboardLinks links) {
        return Stream.of(Origin.values())
                .map(origin -> new OriginRow(
                        origin,
                        counts.of(origin),
                        counts.percentOfTracked(counts.of(origin)),
                        links.drillDown(applied, "origin", origin.name())))
                .toList();
    }

    static List<MarketRow> marketRows(OriginCounts counts, Optional<WorldMarket.Split> latest) {
        return latest.map(split -> List.of(
                        new MarketRow(
                                Origin.US,
                                counts.percentOfTracked(counts.us()),
                                split.shares().get(Origin.US)),
                        new MarketRow(
                                Origin.CN,
                                counts.percentOfTracked(counts.cn()),
                                split.shares().get(Origin.CN))))
                .orElse(List.of());
    }

    /**
     * The numbers of the sentence that answers the article's question ("Of 31 tracked companies, 19 keep
     * data in a destination market, 9 in a neutral hub and 1 in mainland China"), in the order of its
     * message's arguments, each with the directory listing exactly those companies.
     */
    static List<LinkedNumber> residencySentence(
            OriginCounts counts, List<GroupCount> residency, StatsFilter applied, DashboardLinks links) {
        List<LinkedNumber> numbers = new ArrayList<>();
        numbers.add(new LinkedNumber(counts.tracked(), links.drillDown(applied, "tracked", "true")));
        for (RegionCategory category :
                List.of(RegionCategory.MAJOR_MARKET, RegionCategory.NEUTRAL_HUB, RegionCategory.MAINLAND_CHINA)) {
            long companies = residency.stream()
                    .filter(group -> group.key().equals(category.name()))
                    .mapToLong(group -> group.counts().tracked())
                    .sum();
            numbers.add(new LinkedNumber(companies, links.drillDown(applied, "regionCategory", category.name())));
        }
        return numbers;
    }

    /** A number shown as a link to the companies behind it. */
    record LinkedNumber(long value, String link) {}

    /** The companies of one origin in a row, and the directory listing exactly them. */
    record Cell(Origin origin, long count, String link) {}

    /**
     * One row of a per-group table (region, sector, kind of region): its key, its name in the reader's
     * language, the companies it tracks and the directory listing them (null where the table shows no
     * such column), and one cell per origin in the order of {@link Origin#values()}. Its chart draws the
     * same cells.
     */
    record GroupRow(String key, String label, @Nullable LinkedNumber tracked, List<Cell> cells) {}

    /** One year of the timeline: the companies it tracks, one cell per origin, and those using both. */
    record TimelineRow(int year, LinkedNumber tracked, List<Cell> cells, long both) {}

    static List<GroupRow> groupRows(
            List<GroupCount> groups,
            Function<GroupCount, String> label,
            @Nullable Function<GroupCount, String> trackedLink,
            BiFunction<GroupCount, Origin, String> link) {
        return groups.stream()
                .map(g -> new GroupRow(
                        g.key(),
                        label.apply(g),
                        trackedLink == null ? null : new LinkedNumber(g.counts().tracked(), trackedLink.apply(g)),
                        cells(g.counts(), origin -> link.apply(g, origin))))
                .toList();
    }

    static List<TimelineRow> timelineRows(List<TimelinePoint> points, StatsFilter applied, DashboardLinks links) {
        return points.stream()
                .map(p -> new TimelineRow(
                        p.year(),
                        new LinkedNumber(p.counts().tracked(), links.drillDownOn(applied, p.asOf(), "tracked", true)),
                        cells(p.counts(), origin -> links.drillDownOn(applied, p.asOf(), "origin", origin)),
                        p.counts().both()))
                .toList();
    }

    private static List<Cell> cells(OriginCounts counts, Function<Origin, String> link) {
        return Stream.of(Origin.values())
                .map(origin -> new Cell(origin, counts.of(origin), link.apply(origin)))
                .toList();
    }

    /**
     * One row of a flow table: the names of where migrations came from and went to (null on a side
     * whose provider was not disclosed), each side's own migrations when it has a name, and the
     * migrations of the row; {@code fromKey} and {@code toKey} are the provider slugs or region codes.
     */
    record FlowRow(
            @Nullable String fromKey,
            @Nullable String from,
            @Nullable String fromLink,
            @Nullable String toKey,
            @Nullable String to,
            @Nullable String toLink,
            long count,
            String link) {}

    /**
     * The provider-to-provider table, an undisclosed side listed with the origin bucket it counts in;
     * {@code names} give a provider its name in the reader's language, from its slug and stored name.
     */
    static List<FlowRow> providerFlowRows(
            Flows flows, StatsFilter applied, DashboardLinks links, BinaryOperator<String> names) {
        return flows.providers().stream()
                .map(f -> new FlowRow(
                        f.from(),
                        f.from() == null ? null : names.apply(f.from(), f.fromName()),
                        f.from() == null ? null : links.migrations(flows, applied, "fromProvider", f.from()),
                        f.to(),
                        f.to() == null ? null : names.apply(f.to(), f.toName()),
                        f.to() == null ? null : links.migrations(flows, applied, "toProvider", f.to()),
                        f.count(),
                        links.migrations(
                                flows,
                                applied,
                                "fromProvider",
                                f.from(),
                                "toProvider",
                                f.to(),
                                "fromOrigin",
                                f.from() == null ? Origin.UNDISCLOSED.name() : null,
                                "toOrigin",
                                f.to() == null ? Origin.UNDISCLOSED.name() : null)))
                .toList();
    }

    /** The region-to-region table of relocations; {@code names} as for {@link #providerFlowRows}. */
    static List<FlowRow> regionFlowRows(
            Flows flows, StatsFilter applied, DashboardLinks links, BinaryOperator<String> names) {
        return flows.regions().stream()
                .map(f -> new FlowRow(
                        f.from(),
                        names.apply(f.from(), f.fromName()),
                        null,
                        f.to(),
                        names.apply(f.to(), f.toName()),
                        null,
                        f.count(),
                        links.migrations(flows, applied, "fromRegion", f.from(), "toRegion", f.to())))
                .toList();
    }
}
