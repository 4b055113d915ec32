package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.StatsFilter;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's links to the companies and migrations behind its numbers, built in this one place
 * for the Java that assembles the charts and for the template's tables alike (which call it as
 * {@code @dashboardLinks}), so a chart's bar and its table's number always lead to the same list.
 * {@code nameValues} are a link's own parameters, names and values taking turns; a null value is left
 * out.
 */
@Component("dashboardLinks")
public class DashboardLinks {

    /**
     * The directory filtered to the companies a number counts: the same date, sector and region, and
     * the provider, origin or region category of the number.
     */
    public String drillDown(StatsFilter applied, Object... nameValues) {
        return drillDownOn(applied, applied.asOf(), nameValues);
    }

    /** As {@link #drillDown}, on another date than the filter's (a point of the timeline). */
    public String drillDownOn(StatsFilter applied, LocalDate asOf, Object... nameValues) {
        UriComponentsBuilder link = with(UriComponentsBuilder.fromPath("/companies"), nameValues);
        link.queryParam("asOf", asOf);
        with(link, "sector", applied.sector(), "region", applied.region());
        return link.encode().build().toUriString();
    }

    /**
     * As {@link #drillDown}, within one row of the region or the sector table: {@code group} is
     * {@code region} or {@code sector}, {@code key} the row's region code or sector.
     */
    public String drillDownWithin(StatsFilter applied, String group, String key, Object... nameValues) {
        StatsFilter within = switch (group) {
            case "region" -> new StatsFilter(applied.asOf(), applied.sector(), key);
            case "sector" -> new StatsFilter(applied.asOf(), Sector.valueOf(key), applied.region());
            default -> throw new IllegalArgumentException("Neither a region nor a sector row: " + group);
        };
        return drillDown(within, nameValues);
    }

    /**
     * The view itself with every filter spelled out, the date and the years included, so that the
     * link shows the same numbers tomorrow (as long as the data does not change): what a citation gives.
     */
    public String permalink(StatsFilter applied, DashboardView.YearWindow years) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/").queryParam("asOf", applied.asOf());
        with(link, "sector", applied.sector(), "region", applied.region());
        link.queryParam("from", years.from()).queryParam("to", years.to());
        return link.encode().build().toUriString();
    }

    /** The migrations list filtered to those a flow counts: the flows' window and region, and {@code nameValues}. */
    public String migrations(Flows flows, StatsFilter applied, Object... nameValues) {
        UriComponentsBuilder link = with(UriComponentsBuilder.fromPath("/migrations"), nameValues);
        link.queryParam("from", flows.from()).queryParam("to", flows.to());
        with(link, "region", applied.region());
        return link.encode().build().toUriString();
    }

    private static UriComponentsBuilder with(UriComponentsBuilder link, Object... nameValues) {
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                link.queryParam(String.valueOf(nameValues[i]), nameValues[i + 1]);
            }
        }
        return link;
    }
}
