package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.market.WorldMarket;
import com.chuhai.tracker.migration.MigrationFilter;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionCatalog.RegionSummary;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

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
    private final DashboardCharts charts;

    DashboardController(
            StatsService stats,
            RegionCatalog regionCatalog,
            MigrationService migrations,
            WorldMarket worldMarket,
            MessageSource messages,
            DashboardCharts charts) {
        this.stats = stats;
        this.regionCatalog = regionCatalog;
        this.migrations = migrations;
        this.worldMarket = worldMarket;
        this.messages = messages;
        this.charts = charts;
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
        List<DashboardRows.OriginRow> origins = DashboardRows.originRows(counts, applied);
        List<ProviderCount> providers = snapshot.byProvider();
        List<TimelinePoint> timeline = stats.timeline(years.from(), years.to(), applied.sector(), applied.region());
        LocalDate flowsTo = LocalDate.of(years.to(), 12, 31).isAfter(applied.asOf())
                ? applied.asOf()
                : LocalDate.of(years.to(), 12, 31);
        Flows flows = stats.flows(LocalDate.of(years.from(), 1, 1), flowsTo, applied.sector(), applied.region());
        Flows lastYearFlows = stats.flows(
                applied.asOf().minusYears(1).plusDays(1), applied.asOf(), applied.sector(), applied.region());
        Optional<WorldMarket.Split> marketSplit = worldMarket.latest();
        List<DashboardRows.MarketRow> market = DashboardRows.marketRows(counts, marketSplit);

        model.addAttribute("applied", applied);
        model.addAttribute("years", years);
        model.addAttribute("regions", regions);
        model.addAttribute("headline", snapshot.headline());
        model.addAttribute("counts", counts);
        model.addAttribute("recentMigrations", lastYearFlows.total());
        model.addAttribute("origins", origins);
        model.addAttribute("providers", providers);
        Map<String, String> providerLinks = providers.stream()
                .collect(Collectors.toMap(
                        ProviderCount::provider, p -> DashboardLinks.drillDown(applied, "provider", p.provider())));
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

        model.addAttribute("originChart", charts.json(charts.originChart(origins, locale)));
        model.addAttribute("undisclosedLink", DashboardLinks.drillDown(applied, "origin", Origin.UNDISCLOSED.name()));
        model.addAttribute(
                "providerChart", charts.json(charts.providerChart(providers, providerLinks, counts, applied, locale)));
        List<GroupCount> regionRows = snapshot.byRegion().stream()
                .filter(g -> g.counts().tracked() > 0)
                .toList();
        List<GroupCount> sectorRows = snapshot.bySector().stream()
                .filter(g -> g.counts().tracked() > 0)
                .toList();
        model.addAttribute("timelineChart", charts.json(charts.timelineChart(timeline, applied, locale)));
        model.addAttribute(
                "regionChart",
                charts.json(charts.groupChart(
                        regionRows,
                        GroupCount::name,
                        (g, origin) -> DashboardLinks.drillDown(
                                new StatsFilter(applied.asOf(), applied.sector(), g.key()), "origin", origin),
                        locale)));
        model.addAttribute(
                "sectorChart",
                charts.json(charts.groupChart(
                        sectorRows,
                        g -> messages.getMessage("sector." + g.key(), null, locale),
                        (g, origin) -> DashboardLinks.drillDown(
                                new StatsFilter(applied.asOf(), Sector.valueOf(g.key()), applied.region()),
                                "origin",
                                origin),
                        locale)));
        List<GroupCount> residency = snapshot.byRegionCategory();
        model.addAttribute("residencyRows", residency);
        model.addAttribute(
                "residencyChart",
                charts.json(charts.groupChart(
                        residency,
                        g -> messages.getMessage("category.short." + g.key(), null, locale),
                        (g, origin) -> DashboardLinks.drillDown(applied, "regionCategory", g.key(), "origin", origin),
                        locale)));
        model.addAttribute("residencySentence", DashboardRows.residencySentence(counts, residency, applied));
        model.addAttribute("flowChart", charts.json(charts.flowChart(flows, applied, locale)));
        model.addAttribute("marketChart", charts.json(charts.marketChart(market, locale)));
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
}
