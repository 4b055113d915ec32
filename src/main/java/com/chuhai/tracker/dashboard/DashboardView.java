package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.market.WorldMarket;
import com.chuhai.tracker.migration.MigrationView;
import com.chuhai.tracker.region.RegionCatalog.RegionSummary;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.Headline;
import com.chuhai.tracker.stats.OriginCounts;
import com.chuhai.tracker.stats.ProviderCount;
import com.chuhai.tracker.stats.StatsFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows, as {@link DashboardPresenter} assembled it: the filters applied, the
 * headline numbers, each table's rows with their links, and each chart's data (JSON for
 * {@code js/dashboard.js}). The template only lays it out.
 *
 * @param shareTitle and {@code shareDescription}: what a shared link to this view says (Open Graph),
 *     naming its filters
 * @param permalink this view with every filter spelled out ({@link DashboardLinks#permalink}), and
 *     {@code lastChangedOn} the day the data last changed: what the charts' "cite this" texts give
 * @param acceptedSuggestions how many readers' suggestions editors accepted in the last
 *     {@value com.chuhai.tracker.suggestion.SuggestionService#LATELY_DAYS} days (the footer's count)
 * @param invalidFilter the URL asked for a filter that cannot be applied (answered 400, with the
 *     defaults in its place)
 */
record DashboardView(
        boolean invalidFilter,
        StatsFilter applied,
        YearWindow years,
        List<RegionSummary> regions,
        Headline headline,
        OriginCounts counts,
        long recentMigrations,
        List<DashboardRows.OriginRow> origins,
        List<ProviderCount> providers,
        Map<String, String> providerLinks,
        String undisclosedLink,
        List<DashboardRows.TimelineRow> timeline,
        Flows flows,
        List<DashboardRows.FlowRow> providerFlows,
        List<DashboardRows.FlowRow> regionFlows,
        List<DashboardRows.MarketRow> market,
        WorldMarket.Split marketSplit,
        List<MigrationView> latestMigrations,
        List<DashboardRows.GroupRow> regionRows,
        List<DashboardRows.GroupRow> sectorRows,
        List<DashboardRows.GroupRow> residencyRows,
        List<DashboardRows.LinkedNumber> residencySentence,
        Charts charts,
        String shareTitle,
        String shareDescription,
        String permalink,
        LocalDate lastChangedOn,
        long acceptedSuggestions) {

    /** Each chart's data, serialized for {@code js/dashboard.js}. */
    record Charts(
            String origin,
            String provider,
            String timeline,
            String region,
            String sector,
            String residency,
            String flow,
            String market) {}

    /**
     * The years of the timeline and the flows: {@value DashboardPresenter#DEFAULT_YEARS} years up to
     * the as-of year unless given, kept within {@code StatsService.MAX_TIMELINE_YEARS}; {@code corrected}
     * when the URL asked for something impossible.
     */
    record YearWindow(int from, int to, boolean corrected) {}
}
