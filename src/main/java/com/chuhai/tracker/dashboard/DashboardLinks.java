package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.stats.Flows;
import com.chuhai.tracker.stats.StatsFilter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

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
        return new Link("/companies")
                .with(nameValues)
                .with("asOf", asOf, "sector", applied.sector(), "region", applied.region())
                .toString();
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
        return new Link("/")
                .with("asOf", applied.asOf(), "sector", applied.sector(), "region", applied.region())
                .with("from", years.from(), "to", years.to())
                .toString();
    }

    /** The migrations list filtered to those a flow counts: the flows' window and region, and {@code nameValues}. */
    public String migrations(Flows flows, StatsFilter applied, Object... nameValues) {
        return new Link("/migrations")
                .with(nameValues)
                .with("from", flows.from(), "to", flows.to(), "region", applied.region())
                .toString();
    }

    /**
     * A path and its query, each value encoded as a query parameter (as {@code UriComponentsBuilder}
     * encodes it, at a fraction of the cost: the dashboard builds some six hundred links).
     */
    private static final class Link {

        private final StringBuilder text;
        private char separator = '?';

        Link(String path) {
            this.text = new StringBuilder(128).append(path);
        }

        Link with(Object... nameValues) {
            for (int i = 0; i + 1 < nameValues.length; i += 2) {
                if (nameValues[i + 1] != null) {
                    text.append(separator)
                            .append(UriUtils.encodeQueryParam(String.valueOf(nameValues[i]), StandardCharsets.UTF_8))
                            .append('=')
                            .append(UriUtils.encodeQueryParam(
                                    String.valueOf(nameValues[i + 1]), StandardCharsets.UTF_8));
                    separator = '&';
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
