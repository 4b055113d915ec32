package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.stats.StatsResponses.ByOrigin;
import com.chuhai.tracker.stats.StatsResponses.CategoryEntry;
import com.chuhai.tracker.stats.StatsResponses.FlowsResponse;
import com.chuhai.tracker.stats.StatsResponses.OriginFlow;
import com.chuhai.tracker.stats.StatsResponses.Overview;
import com.chuhai.tracker.stats.StatsResponses.Point;
import com.chuhai.tracker.stats.StatsResponses.ProviderEntry;
import com.chuhai.tracker.stats.StatsResponses.ProviderFlow;
import com.chuhai.tracker.stats.StatsResponses.RegionEntry;
import com.chuhai.tracker.stats.StatsResponses.RegionFlow;
import com.chuhai.tracker.stats.StatsResponses.SectorEntry;
import com.chuhai.tracker.stats.StatsResponses.Timeline;
import com.chuhai.tracker.synthetic.SyntheticData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The counting rules of DESIGN.md over HTTP: the same {@link StatsService} the dashboard draws from. */
@RestController
@RequestMapping(path = "/api/v1/stats", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Statistics", description = "Distinct companies per origin, provider, region and sector; timeline; flows.")
class StatsApiController {

    /** Flows look back this far when no start is given: before any tracked migration. */
    static final LocalDate FLOWS_FROM = LocalDate.of(2000, 1, 1);
    /** The timeline starts here when no start is given. */
    static final int TIMELINE_FROM = 2010;

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private final StatsService stats;
    private final SyntheticData synthetic;

    StatsApiController(StatsService stats, SyntheticData synthetic) {
        this.stats = stats;
        this.synthetic = synthetic;
    }

    @GetMapping("/overview")
    @Operation(
            summary = "Companies per origin, provider, region and sector on a date",
            description = "Counts distinct companies with an adoption in use on asOf (today when left out),"
                    + " narrowed by sector and region. An unknown region counts nothing.")
    Overview overview(
            @Parameter(description = "The date counted; today when left out.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @Parameter(description = "Only companies of this sector.") @RequestParam(required = false) Sector sector,
            @Parameter(description = "Only adoptions in this region (code).") @RequestParam(required = false)
                    String region) {
        StatsFilter filter = new StatsFilter(asOf == null ? stats.today() : asOf, sector, region);
        Snapshot snapshot = stats.snapshot(filter);
        Headline headline = snapshot.headline();
        return new Overview(
                filter.asOf(),
                headline.counts().tracked(),
                ByOrigin.of(headline.counts()),
                snapshot.byProvider().stream().map(ProviderEntry::of).toList(),
                snapshot.byRegion().stream().map(RegionEntry::of).toList(),
                snapshot.bySector().stream().map(SectorEntry::of).toList(),
                snapshot.byRegionCategory().stream().map(CategoryEntry::of).toList(),
                headline.unsourced(),
                synthetic.status().companies());
    }

    @GetMapping("/timeline")
    @Operation(
            summary = "The origin split year by year",
            description = "One point per year, counted as of 31 December (today for the current year); years"
                    + " after the current one are left out. At most " + StatsService.MAX_TIMELINE_YEARS
                    + " years.")
    Timeline timeline(
            @Parameter(
                            description = "First year; " + TIMELINE_FROM + " when left out.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "" + FIRST_YEAR,
                                            maximum = "" + LAST_YEAR))
                    @RequestParam(required = false)
                    Integer from,
            @Parameter(
                            description = "Last year; the current year when left out.",
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "" + FIRST_YEAR,
                                            maximum = "" + LAST_YEAR))
                    @RequestParam(required = false)
                    Integer to,
            @Parameter(description = "Only companies of this sector.") @RequestParam(required = false) Sector sector,
            @Parameter(description = "Only adoptions in this region (code).") @RequestParam(required = false)
                    String region) {
        int fromYear = from == null ? TIMELINE_FROM : from;
        int toYear = to == null ? stats.today().getYear() : to;
        if (fromYear < FIRST_YEAR
                || toYear > LAST_YEAR
                || fromYear > toYear
                || toYear - fromYear + 1 > StatsService.MAX_TIMELINE_YEARS) {
            String field = toYear > LAST_YEAR || (toYear < fromYear && fromYear >= FIRST_YEAR) ? "to" : "from";
            throw DomainException.invalid(
                    field, "stats.yearWindow", FIRST_YEAR, LAST_YEAR, StatsService.MAX_TIMELINE_YEARS);
        }
        return new Timeline(
                stats.timeline(fromYear, toYear, sector, region).stream()
                        .map(Point::of)
                        .toList(),
                synthetic.status().companies());
    }

    @GetMapping("/flows")
    @Operation(
            summary = "Migrations from provider to provider, from origin to origin and from region to region",
            description = "Migrations announced in the window, counted by provider pair and by origin pair"
                    + " (an undisclosed provider on either side is null there; a relocation that keeps its"
                    + " provider is not a provider flow), and relocations by region pair; cancelled ones are"
                    + " left out. `region` keeps the migrations leaving or reaching that region.")
    FlowsResponse flows(
            @Parameter(description = "Announced on or after; " + "2000-01-01 when left out.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Announced on or before; today when left out.")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "Only companies of this sector.") @RequestParam(required = false) Sector sector,
            @Parameter(description = "Only migrations leaving or reaching this region (code).")
                    @RequestParam(required = false)
                    String region) {
        LocalDate start = from == null ? FLOWS_FROM : from;
        LocalDate end = to == null ? stats.today() : to;
        if (start.isAfter(end)) {
            throw DomainException.invalid("from", "stats.dateWindow");
        }
        Flows flows = stats.flows(start, end, sector, region);
        return new FlowsResponse(
                start,
                end,
                flows.providers().stream()
                        .map(flow -> new ProviderFlow(flow.from(), flow.to(), flow.count()))
                        .toList(),
                flows.origins().stream()
                        .map(flow -> new OriginFlow(flow.from(), flow.to(), flow.count()))
                        .toList(),
                flows.regions().stream()
                        .map(flow -> new RegionFlow(flow.from(), flow.to(), flow.count()))
                        .toList(),
                flows.total(),
                synthetic.status().companies());
    }
}
