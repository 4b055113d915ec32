package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.dashboard.DashboardView.YearWindow;
import com.chuhai.tracker.market.WorldMarket;
import com.chuhai.tracker.migration.MigrationFilter;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionCatalog.RegionSummary;
import com.chuhai.tracker.region.RegionNames;
import com.chuhai.tracker.shared.DateBounds;
import com.chuhai.tracker.shared.change.DataChanges;
import com.chuhai.tracker.sharing.ShareText;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.GroupCount;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.Snapshot;
import com.chuhai.tracker.stats.StatsFilter;
import com.chuhai.tracker.stats.StatsService;
import com.chuhai.tracker.stats.TimelinePoint;
import com.chuhai.tracker.suggestion.SuggestionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Assembles the dashboard for a filter: applies what of the filter can be applied (a value that does
 * not parse, an unknown region, a date out of range or an impossible year window gives way to the
 * default, and the view says the filter was invalid), computes the statistics once, and turns them into
 * the rows, links and chart data of a {@link DashboardView}.
 */
@Component
class DashboardPresenter {

    /** The timeline and the flows cover this many years up to the as-of date unless the URL says otherwise. */
    static final int DEFAULT_YEARS = 10;

    static final int LATEST_MIGRATIONS = 6;

    private final StatsService stats;
    private final RegionCatalog regionCatalog;
    private final MigrationService migrations;
    private final WorldMarket worldMarket;
    private final MessageSource messages;
    private final DashboardCharts charts;
    private final DashboardLinks links;
    private final DataChanges changes;
    private final Clock clock;
    private final RegionNames regionNames;
    private final SuggestionService suggestions;
    private final ShareText shareText;
    private final ProviderNames providerNames;

    DashboardPresenter(
            StatsService stats,
            RegionCatalog regionCatalog,
            MigrationService migrations,
            WorldMarket worldMarket,
            MessageSource messages,
            DashboardCharts charts,
            DashboardLinks links,
            DataChanges changes,
            Clock clock,
            RegionNames regionNames,
            SuggestionService suggestions,
            ShareText shareText,
            ProviderNames providerNames) {
        this.providerNames = providerNames;
        this.regionNames = regionNames;
        this.suggestions = suggestions;
        this.shareText = shareText;
        this.links = links;
        this.changes = changes;
        this.clock = clock;
        this.stats = stats;
        this.regionCatalog = regionCatalog;
        this.migrations = migrations;
        this.worldMarket = worldMarket;
        this.messages = messages;
        this.charts = charts;
    }

    /** The dashboard for {@code filter}, whose binding {@code errors} name the values that did not parse. */
    DashboardView present(DashboardFilter filter, Errors errors, Locale locale) {
        List<RegionSummary> regions = regionCatalog.list();
        boolean knownRegion = filter.region() == null
                || filter.region().isBlank()
                || regions.stream().anyMatch(r -> r.code().equals(filter.region()));
        StatsFilter applied = new StatsFilter(
                filter.asOf() == null || errors.hasFieldErrors("asOf") || !DateBounds.usable(filter.asOf())
                        ? stats.today()
                        : filter.asOf(),
                errors.hasFieldErrors("sector") ? null : filter.sector(),
                knownRegion && filter.region() != null && !filter.region().isBlank() ? filter.region() : null);
        int lastYear = Math.min(applied.asOf().getYear(), stats.today().getYear());
        YearWindow years = years(
                errors.hasFieldErrors("from") ? null : filter.from(),
                errors.hasFieldErrors("to") ? null : filter.to(),
                lastYear);
        boolean invalid = errors.hasErrors() || !knownRegion || years.corrected() || !DateBounds.usable(filter.asOf());

        Snapshot snapshot = stats.snapshot(applied);
        OriginCounts counts = snapshot.headline().counts();
        List<DashboardRows.OriginRow> origins = DashboardRows.originRows(counts, applied, links);
        List<ProviderCount> providers = snapshot.byProvider();
        Map<String, String> providerLinks = providers.stream()
                .collect(Collectors.toMap(
                        ProviderCount::provider, p -> links.drillDown(applied, "provider", p.provider())));
        List<TimelinePoint> timeline = stats.timeline(years.from(), years.to(), applied.sector(), applied.region());
        LocalDate flowsTo = LocalDate.of(years.to(), 12, 31).isAfter(applied.asOf())
                ? applied.asOf()
                : LocalDate.of(years.to(), 12, 31);
        Flows flows = stats.flows(LocalDate.of(years.from(), 1, 1), flowsTo, applied.sector(), applied.region());
        Flows lastYearFlows = stats.flows(
                applied.asOf().minusYears(1).plusDays(1), applied.asOf(), applied.sector(), applied.region());
        Optional<WorldMarket.Split> marketSplit = WorldMarket.nearest(worldMarket.splits(), applied.asOf());
        List<DashboardRows.MarketRow> market = DashboardRows.marketRows(counts, marketSplit);
        List<GroupCount> residency = snapshot.byRegionCategory();
        List<DashboardRows.GroupRow> regionRows = DashboardRows.groupRows(
                withCompanies(snapshot.byRegion()),
                g -> regionNames.of(g.key(), g.name(), locale),
                null,
                (g, origin) -> links.drillDownWithin(applied, "region", g.key(), "origin", origin));
        List<DashboardRows.GroupRow> sectorRows = DashboardRows.groupRows(
                withCompanies(snapshot.bySector()),
                g -> messages.getMessage("sector." + g.key(), null, locale),
                null,
                (g, origin) -> links.drillDownWithin(applied, "sector", g.key(), "origin", origin));
        List<DashboardRows.GroupRow> residencyRows = DashboardRows.groupRows(
                residency,
                g -> messages.getMessage("category.short." + g.key(), null, locale),
                g -> links.drillDown(applied, "regionCategory", g.key()),
                (g, origin) -> links.drillDown(applied, "regionCategory", g.key(), "origin", origin));
        List<DashboardRows.TimelineRow> timelineRows = DashboardRows.timelineRows(timeline, applied, links);

        DashboardView.Charts chartData = new DashboardView.Charts(
                charts.json(charts.originChart(origins, locale)),
                charts.json(charts.providerChart(providers, providerLinks, counts, applied, locale)),
                charts.json(charts.timelineChart(timelineRows, locale)),
                charts.json(charts.groupChart(regionRows, locale)),
                charts.json(charts.groupChart(sectorRows, locale)),
                charts.json(charts.groupChart(residencyRows, locale)),
                charts.json(charts.flowChart(flows, applied, locale)),
                charts.json(charts.marketChart(
                        market, marketSplit.map(WorldMarket.Split::period).orElse(null), locale)));

        return new DashboardView(
                invalid,
                applied,
                years,
                regions,
                snapshot.headline(),
                counts,
                lastYearFlows.total(),
                origins,
                providers,
                providerLinks,
                links.drillDown(applied, "origin", Origin.UNDISCLOSED.name()),
                timelineRows,
                flows,
                DashboardRows.providerFlowRows(
                        flows, applied, links, (slug, name) -> providerNames.of(slug, name, locale)),
                DashboardRows.regionFlowRows(flows, applied, links, (code, name) -> regionNames.of(code, name, locale)),
                market,
                marketSplit.orElse(null),
                migrations
                        .views(
                                MigrationFilter.ofRegion(applied.region(), applied.asOf()),
                                PageRequest.of(0, LATEST_MIGRATIONS, Sort.by(Sort.Direction.DESC, "announcedOn", "id")))
                        .getContent(),
                regionRows,
                sectorRows,
                residencyRows,
                DashboardRows.residencySentence(counts, residency, applied, links),
                chartData,
                messages.getMessage("dashboard.heading", null, locale),
                shareDescription(applied, locale),
                links.permalink(applied, years),
                LocalDate.ofInstant(changes.lastChanged(), clock.getZone()),
                suggestions.acceptedLatelyCount());
    }

    /**
     * {@value #DEFAULT_YEARS} years up to {@code lastYear} unless given; the default, marked corrected,
     * when what was given is impossible (before 1900, after {@code lastYear}, backwards, or longer than
     * {@link StatsService#MAX_TIMELINE_YEARS}).
     */
    static YearWindow years(Integer from, Integer to, int lastYear) {
        int end = to == null ? lastYear : to;
        int start = from == null ? end - DEFAULT_YEARS + 1 : from;
        if (start < 1900 || end > lastYear || start > end || end - start + 1 > StatsService.MAX_TIMELINE_YEARS) {
            return new YearWindow(lastYear - DEFAULT_YEARS + 1, lastYear, true);
        }
        return new YearWindow(start, end, false);
    }

    /** "Cloud choices of chuhai companies in Singapore, as of 1 Jan 2024", naming the filters applied. */
    private String shareDescription(StatsFilter applied, Locale locale) {
        return shareText
                .phrase("share.dashboard.subject", locale)
                .with("share.filter.sector", shareText.label("sector.", applied.sector(), locale))
                .with("share.filter.region", shareText.region(applied.region(), locale))
                .asOf(applied.asOf())
                .text();
    }

    private static List<GroupCount> withCompanies(List<GroupCount> groups) {
        return groups.stream().filter(g -> g.counts().tracked() > 0).toList();
    }
}
