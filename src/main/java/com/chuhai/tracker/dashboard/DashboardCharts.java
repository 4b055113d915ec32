package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.dashboard.ChartData.Series;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.StatsFilter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's charts: labels in the reader's language, one series per origin where a chart splits
 * by origin, and per bar the link to the companies or migrations behind it.
 */
@Component
class DashboardCharts {

    private final MessageSource messages;
    private final JsonMapper json;
    private final DashboardLinks drillDowns;
    private final ProviderNames providerNames;

    DashboardCharts(MessageSource messages, JsonMapper json, DashboardLinks links, ProviderNames providerNames) {
        this.drillDowns = links;
        this.providerNames = providerNames;
        this.messages = messages;
        this.json = json;
    }

    ChartData originChart(List<DashboardRows.OriginRow> origins, Locale locale) {
        return new ChartData(
                ChartData.BAR,
                origins.stream()
                        .map(row -> message("origin." + row.origin(), locale))
                        .toList(),
                List.of(Series.perBar(
                        message("dashboard.chart.companies", locale),
                        origins.stream().map(DashboardRows.OriginRow::companies).toList(),
                        origins.stream().map(DashboardRows.OriginRow::origin).toList())),
                origins.stream().map(DashboardRows.OriginRow::link).toList(),
                message("dashboard.chart.companies", locale));
    }

    /** Every provider, and a last bar for data whose operator is not disclosed, when there is any. */
    ChartData providerChart(
            List<ProviderCount> providers,
            Map<String, String> links,
            OriginCounts counts,
            StatsFilter applied,
            Locale locale) {
        List<String> labels = new ArrayList<>(providers.stream()
                .map(p -> providerNames.of(p.provider(), p.name(), locale))
                .toList());
        List<Long> values =
                new ArrayList<>(providers.stream().map(ProviderCount::companies).toList());
        List<Origin> origins =
                new ArrayList<>(providers.stream().map(ProviderCount::origin).toList());
        List<String> barLinks = new ArrayList<>(
                providers.stream().map(p -> links.get(p.provider())).toList());
        if (counts.undisclosed() > 0) {
            labels.add(message("origin.UNDISCLOSED", locale));
            values.add(counts.undisclosed());
            origins.add(Origin.UNDISCLOSED);
            barLinks.add(drillDowns.drillDown(applied, "origin", Origin.UNDISCLOSED.name()));
        }
        return new ChartData(
                ChartData.BAR,
                labels,
                List.of(Series.perBar(message("dashboard.chart.companies", locale), values, origins)),
                barLinks,
                message("dashboard.chart.companies", locale));
    }

    ChartData timelineChart(List<DashboardRows.TimelineRow> rows, Locale locale) {
        return new ChartData(
                ChartData.LINE,
                rows.stream().map(r -> String.valueOf(r.year())).toList(),
                originSeries(rows, DashboardRows.TimelineRow::cells, locale),
                originLinks(rows, DashboardRows.TimelineRow::cells),
                message("dashboard.chart.companies", locale));
    }

    ChartData groupChart(List<DashboardRows.GroupRow> rows, Locale locale) {
        return new ChartData(
                ChartData.BAR,
                rows.stream().map(DashboardRows.GroupRow::label).toList(),
                originSeries(rows, DashboardRows.GroupRow::cells, locale),
                originLinks(rows, DashboardRows.GroupRow::cells),
                message("dashboard.chart.companies", locale));
    }

    /** For charts of {@link #originSeries}: per series (one per origin), the link of each item. */
    private static <T> List<List<String>> originLinks(List<T> items, Function<T, List<DashboardRows.Cell>> cells) {
        return Stream.of(Origin.values())
                .map(origin -> items.stream()
                        .map(item -> cells.apply(item).get(origin.ordinal()).link())
                        .toList())
                .toList();
    }

    /** One series per origin (US, CN, OTHER, UNDISCLOSED) of the per-origin counts of each item. */
    private <T> List<Series> originSeries(List<T> items, Function<T, List<DashboardRows.Cell>> cells, Locale locale) {
        return Stream.of(Origin.values())
                .map(origin -> Series.of(
                        message("origin.short." + origin, locale),
                        items.stream()
                                .map(i -> cells.apply(i).get(origin.ordinal()).count())
                                .toList(),
                        origin))
                .toList();
    }

    ChartData flowChart(Flows flows, StatsFilter applied, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        List<Origin> colours = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Flows.OriginFlow flow : flows.origins()) {
            Origin from = flow.from() == null ? Origin.UNDISCLOSED : flow.from();
            Origin to = flow.to() == null ? Origin.UNDISCLOSED : flow.to();
            labels.add(message("origin.short." + from, locale) + " → " + message("origin.short." + to, locale));
            values.add(flow.count());
            colours.add(to);
            links.add(drillDowns.migrations(flows, applied, "fromOrigin", from, "toOrigin", to));
        }
        return new ChartData(
                ChartData.BAR,
                labels,
                List.of(Series.perBar(message("dashboard.chart.migrations", locale), values, colours)),
                links,
                message("dashboard.chart.migrations", locale));
    }

    /** The chuhai split beside the world market's of {@code period}, which its series' label names. */
    ChartData marketChart(List<DashboardRows.MarketRow> rows, String period, Locale locale) {
        return new ChartData(
                ChartData.BAR,
                rows.stream()
                        .map(row -> message("origin." + row.origin(), locale))
                        .toList(),
                List.of(
                        Series.perBar(
                                message("dashboard.market.chuhai", locale),
                                rows.stream()
                                        .map(row -> BigDecimal.valueOf(row.chuhaiPercent())
                                                .setScale(1, RoundingMode.HALF_UP))
                                        .toList(),
                                rows.stream()
                                        .map(DashboardRows.MarketRow::origin)
                                        .toList()),
                        new Series(
                                messages.getMessage("dashboard.market.world", new Object[] {period}, locale),
                                rows.stream()
                                        .map(DashboardRows.MarketRow::marketPercent)
                                        .toList(),
                                rows.stream()
                                        .map(DashboardRows.MarketRow::origin)
                                        .toList(),
                                null,
                                true)),
                null,
                message("dashboard.chart.percent", locale));
    }

    /** A chart as the JSON its script reads. */
    String json(ChartData data) {
        return json.writeValueAsString(data);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
