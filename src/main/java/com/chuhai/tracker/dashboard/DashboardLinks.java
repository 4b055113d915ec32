package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.StatsFilter;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's links to the companies and migrations behind its numbers, built in one place. */
final class DashboardLinks {

    private DashboardLinks() {}

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

    /** The migrations list filtered to those a flow counts: the flows' window and region, and {@code nameValues}. */
    static String migrations(Flows flows, StatsFilter applied, Object... nameValues) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/migrations");
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            link.queryParam(String.valueOf(nameValues[i]), nameValues[i + 1]);
        }
        link.queryParam("from", flows.from()).queryParam("to", flows.to());
        if (applied.region() != null) {
            link.queryParam("region", applied.region());
        }
        return link.encode().build().toUriString();
    }
}
