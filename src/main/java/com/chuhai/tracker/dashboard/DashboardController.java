package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.dashboard.ChartData.Series;
import com.chuhai.tracker.market.WorldMarket;
import com.chuhai.tracker.migration.MigrationFilter;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionCatalog.RegionSummary;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.shared.DateBounds;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.GroupCount;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.Snapshot;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import com.chuhai.tracker.stats.TimelinePoint;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard: headline numbers and seven charts, each chart with a table of the same numbers, and
 * the latest migrations. Every number of a table and every bar of a company chart leads to the
 * companies behind it.
 */
@Controller
class DashboardController {

    /** The timeline and the flows cover this many years up to the as-of date unless the URL says otherwise. */
    static final int DEFAULT_YEARS = 10;

    static final int LATEST_MIGRATIONS = 6;

    private final StatsService stats;
    private final RegionCatalog regionCatalog;
    private final MigrationService migrations;
    private final WorldMarket worldMarket;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardController(
            StatsService stats,
            RegionCatalog regionCatalog,
            MigrationService migrations,
            WorldMarket worldMarket,
            MessageSource messages,
            JsonMapper json) {
        this.stats = stats;
        this.regionCatalog = regionCatalog;
        this.migrations = migrations;
        this.worldMarket = worldMarket;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    String dashboard(
            @ModelAttribute("filter") DashboardFilter filter,
            BindingResult binding,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        List<RegionSummary> regions = regionCatalog.list();
        boolean knownRegion = filter.region() == null
                || filter.region().isBlank()
                || regions.stream().anyMatch(r -> r.code().equals(filter.region()));
        StatsFilter applied = new StatsFilter(
                filter.asOf() == null || binding.hasFieldErrors("asOf") || !DateBounds.usable(filter.asOf())
                        ? stats.today()
                        : filter.asOf(),
                binding.hasFieldErrors("sector") ? null : filter.sector(),
                knownRegion && filter.region() != null && !filter.region().isBlank() ? filter.region() : null);
        int lastYear = Math.min(applied.asOf().getYear(), stats.today().getYear());
        YearWindow years = YearWindow.of(
                binding.hasFieldErrors("from") ? null : filter.from(),
                binding.hasFieldErrors("to") ? null : filter.to(),
                lastYear);
        if (binding.hasErrors() || !knownRegion || years.corrected() || !DateBounds.usable(filter.asOf())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidFilter", true);
        }

        Snapshot snapshot = stats.snapshot(applied);
        OriginCounts counts = snapshot.headline().counts();
        List<OriginRow> origins = originRows(counts, applied);
        List<ProviderCount> providers = snapshot.byProvider();
        List<TimelinePoint> timeline = stats.timeline(years.from(), years.to(), applied.sector(), applied.region());
        LocalDate flowsTo = LocalDate.of(years.to(), 12, 31).isAfter(applied.asOf())
                ? applied.asOf()
                : LocalDate.of(years.to(), 12, 31);
        Flows flows = stats.flows(LocalDate.of(years.from(), 1, 1), flowsTo, applied.sector(), applied.region());
        Flows lastYearFlows = stats.flows(
                applied.asOf().minusYears(1).plusDays(1), applied.asOf(), applied.sector(), applied.region());
        Optional<WorldMarket.Split> marketSplit = worldMarket.latest();
        List<MarketRow> market = marketRows(counts, marketSplit);

        model.addAttribute("applied", applied);
        model.addAttribute("years", years);
        model.addAttribute("regions", regions);
        model.addAttribute("headline", snapshot.headline());
        model.addAttribute("counts", counts);
        model.addAttribute("recentMigrations", lastYearFlows.total());
        model.addAttribute("origins", origins);
        model.addAttribute("providers", providers);
        Map<String, String> providerLinks = providers.stream()
                .collect(Collectors.toMap(ProviderCount::provider, p -> drillDown(applied, "provider", p.provider())));
        model.addAttribute("providerLinks", providerLinks);
        model.addAttribute("timeline", timeline);
        model.addAttribute("flows", flows);
        model.addAttribute("market", market);
        model.addAttribute("marketSplit", marketSplit.orElse(null));
        model.addAttribute(
                "latestMigrations",
                migrations
                        .views(
                                MigrationFilter.ofRegion(applied.region(), applied.asOf()),
                                PageRequest.of(0, LATEST_MIGRATIONS, Sort.by(Sort.Direction.DESC, "announcedOn", "id")))
                        .getContent());

        model.addAttribute("originChart", chart(originChart(origins, locale)));
        model.addAttribute("undisclosedLink", drillDown(applied, "origin", Origin.UNDISCLOSED.name()));
        model.addAttribute("providerChart", chart(providerChart(providers, providerLinks, counts, applied, locale)));
        List<GroupCount> regionRows = snapshot.byRegion().stream()
                .filter(g -> g.counts().tracked() > 0)
                .toList();
        List<GroupCount> sectorRows = snapshot.bySector().stream()
                .filter(g -> g.counts().tracked() > 0)
                .toList();
        model.addAttribute("timelineChart", chart(timelineChart(timeline, applied, locale)));
        model.addAttribute(
                "regionChart",
                chart(groupChart(
                        regionRows,
                        GroupCount::name,
                        (g, origin) ->
                                drillDown(new StatsFilter(applied.asOf(), applied.sector(), g.key()), "origin", origin),
                        locale)));
        model.addAttribute(
                "sectorChart",
                chart(groupChart(
                        sectorRows,
                        g -> messages.getMessage("sector." + g.key(), null, locale),
                        (g, origin) -> drillDown(
                                new StatsFilter(applied.asOf(), Sector.valueOf(g.key()), applied.region()),
                                "origin",
                                origin),
                        locale)));
        List<GroupCount> residency = snapshot.byRegionCategory();
        model.addAttribute("residencyRows", residency);
        model.addAttribute(
                "residencyChart",
                chart(groupChart(
                        residency,
                        g -> messages.getMessage("category.short." + g.key(), null, locale),
                        (g, origin) -> drillDown(applied, "regionCategory", g.key(), "origin", origin),
                        locale)));
        model.addAttribute("residencySentence", residencySentence(counts, residency, applied));
        model.addAttribute("flowChart", chart(flowChart(flows, applied, locale)));
        model.addAttribute("marketChart", chart(marketChart(market, locale)));
        model.addAttribute("regionRows", regionRows);
        model.addAttribute("sectorRows", sectorRows);
        return "dashboard/index";
    }

    /**
     * The years of the timeline and the flows: {@value #DEFAULT_YEARS} years up to the as-of year unless
     * given, kept within {@link StatsService#MAX_TIMELINE_YEARS}; {@code corrected} when the URL asked
     * for something impossible.
     */
    record YearWindow(int from, int to, boolean corrected) {

        static YearWindow of(Integer from, Integer to, int lastYear) {
            int end = to == null ? lastYear : to;
            int start = from == null ? end - DEFAULT_YEARS + 1 : from;
            if (start < 1900 || end > lastYear || start > end || end - start + 1 > StatsService.MAX_TIMELINE_YEARS) {
                return new YearWindow(lastYear - DEFAULT_YEARS + 1, lastYear, true);
            }
            return new YearWindow(start, end, false);
        }
    }

    /**
     * One row of the origin table: an origin, its companies, their share of tracked companies, and the
     * directory listing exactly those companies.
     */
    record OriginRow(Origin origin, long companies, double percent, String link) {}

    /** The chuhai share of an origin beside its share of the world market, both in percent. */
    record MarketRow(Origin origin, double chuhaiPercent, BigDecimal marketPercent) {}

    private static List<OriginRow> originRows(OriginCounts counts, StatsFilter applied) {
        return Stream.of(Origin.values())
                .map(origin -> originRow(origin, counts.of(origin), counts, applied))
                .toList();
    }

    private static OriginRow originRow(Origin origin, long companies, OriginCounts counts, StatsFilter applied) {
        return new OriginRow(
                origin, companies, counts.percentOfTracked(companies), drillDown(applied, "origin", origin.name()));
    }

    private static List<MarketRow> marketRows(OriginCounts counts, Optional<WorldMarket.Split> latest) {
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
    private static List<LinkedNumber> residencySentence(
            OriginCounts counts, List<GroupCount> residency, StatsFilter applied) {
        List<LinkedNumber> numbers = new ArrayList<>();
        numbers.add(new LinkedNumber(counts.tracked(), drillDown(applied, "tracked", "true")));
        for (RegionCategory category :
                List.of(RegionCategory.MAJOR_MARKET, RegionCategory.NEUTRAL_HUB, RegionCategory.MAINLAND_CHINA)) {
            long companies = residency.stream()
                    .filter(group -> group.key().equals(category.name()))
                    .mapToLong(group -> group.counts().tracked())
                    .sum();
            numbers.add(new LinkedNumber(companies, drillDown(applied, "regionCategory", category.name())));
        }
        return numbers;
    }

    /** A number shown as a link to the companies behind it. */
    record LinkedNumber(long value, String link) {}

    /**
     * The directory filtered to the companies a number counts: the same date, sector and region, and
     * the provider, origin or region category of the number ({@code nameValues}: names and values
     * taking turns).
     */
    static String drillDown(StatsFilter applied, String... nameValues) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/companies");
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            link.queryParam(nameValues[i], nameValues[i + 1]);
        }
        link.queryParam("asOf", applied.asOf());
        if (applied.sector() != null) {
            link.queryParam("sector", applied.sector());
        }
        if (applied.region() != null) {
            link.queryParam("region", applied.region());
        }
        return link.encode().build().toUriString();
    }

    private ChartData originChart(List<OriginRow> origins, Locale locale) {
        return new ChartData(
                ChartData.BAR,
                origins.stream()
                        .map(row -> message("origin." + row.origin(), locale))
                        .toList(),
                List.of(Series.perBar(
                        message("dashboard.chart.companies", locale),
                        origins.stream().map(OriginRow::companies).toList(),
                        origins.stream().map(OriginRow::origin).toList())),
                origins.stream().map(OriginRow::link).toList(),
                message("dashboard.chart.companies", locale));
    }

    /** Every provider, and a last bar for data whose operator is not disclosed, when there is any. */
    private ChartData providerChart(
            List<ProviderCount> providers,
            Map<String, String> links,
            OriginCounts counts,
            StatsFilter applied,
            Locale locale) {
        List<String> labels =
                new ArrayList<>(providers.stream().map(ProviderCount::name).toList());
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
            barLinks.add(drillDown(applied, "origin", Origin.UNDISCLOSED.name()));
        }
        return new ChartData(
                ChartData.BAR,
                labels,
                List.of(Series.perBar(message("dashboard.chart.companies", locale), values, origins)),
                barLinks,
                message("dashboard.chart.companies", locale));
    }

    private ChartData timelineChart(List<TimelinePoint> points, StatsFilter applied, Locale locale) {
        return new ChartData(
                ChartData.LINE,
                points.stream().map(p -> String.valueOf(p.year())).toList(),
                originSeries(points, TimelinePoint::counts, locale),
                originLinks(
                        points,
                        (p, origin) -> drillDown(
                                new StatsFilter(p.asOf(), applied.sector(), applied.region()), "origin", origin)),
                message("dashboard.chart.companies", locale));
    }

    private ChartData groupChart(
            List<GroupCount> groups,
            Function<GroupCount, String> label,
            BiFunction<GroupCount, String, String> link,
            Locale locale) {
        return new ChartData(
                ChartData.BAR,
                groups.stream().map(label).toList(),
                originSeries(groups, GroupCount::counts, locale),
                originLinks(groups, link),
                message("dashboard.chart.companies", locale));
    }

    /** For charts of {@link #originSeries}: per series (one per origin), the link of each item. */
    private static <T> List<List<String>> originLinks(List<T> items, BiFunction<T, String, String> link) {
        return Stream.of(Origin.values())
                .map(origin -> items.stream()
                        .map(item -> link.apply(item, origin.name()))
                        .toList())
                .toList();
    }

    /** One series per origin (US, CN, OTHER, UNDISCLOSED) of the per-origin counts of each item. */
    private <T> List<Series> originSeries(List<T> items, Function<T, OriginCounts> counts, Locale locale) {
        return Stream.of(Origin.values())
                .map(origin -> Series.of(
                        message("origin.short." + origin, locale),
                        items.stream().map(i -> counts.apply(i).of(origin)).toList(),
                        origin))
                .toList();
    }

    private ChartData flowChart(Flows flows, StatsFilter applied, Locale locale) {
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
            UriComponentsBuilder link = UriComponentsBuilder.fromPath("/migrations")
                    .queryParam("fromOrigin", from)
                    .queryParam("toOrigin", to)
                    .queryParam("from", flows.from())
                    .queryParam("to", flows.to());
            if (applied.region() != null) {
                link.queryParam("region", applied.region());
            }
            links.add(link.encode().build().toUriString());
        }
        return new ChartData(
                ChartData.BAR,
                labels,
                List.of(Series.perBar(message("dashboard.chart.migrations", locale), values, colours)),
                links,
                message("dashboard.chart.migrations", locale));
    }

    private ChartData marketChart(List<MarketRow> rows, Locale locale) {
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
                                rows.stream().map(MarketRow::origin).toList()),
                        new Series(
                                message("dashboard.market.world", locale),
                                rows.stream().map(MarketRow::marketPercent).toList(),
                                rows.stream().map(MarketRow::origin).toList(),
                                null,
                                true)),
                null,
                message("dashboard.chart.percent", locale));
    }

    private String chart(ChartData data) {
        return json.writeValueAsString(data);
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
