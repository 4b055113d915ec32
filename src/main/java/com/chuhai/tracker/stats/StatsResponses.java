package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statistics as the API shows them. Origin keys are the codes US, CN, OTHER and UNDISCLOSED (data
 * kept where the sources do not name the operator).
 */
final class StatsResponses {

    private StatsResponses() {}

    static final String SYNTHETIC = "Synthetic companies (generated for benchmarks, not real) in the database;"
            + " 0 when every number is real. Above 0, the numbers include them.";

    @Schema(description = "Distinct companies per origin; a multi-cloud company counts in each origin it uses.")
    record ByOrigin(
            @JsonProperty("US") long us,
            @JsonProperty("CN") long cn,
            @JsonProperty("OTHER") long other,

            @JsonProperty("UNDISCLOSED")
            @Schema(description = "Companies keeping data with an operator the sources do not name.")
            long undisclosed,

            @Schema(description = "Companies using US and Chinese providers at once.")
            long both) {

        static ByOrigin of(OriginCounts counts) {
            return new ByOrigin(counts.us(), counts.cn(), counts.other(), counts.undisclosed(), counts.both());
        }
    }

    record Overview(
            LocalDate asOf,

            @Schema(description = "Distinct companies with at least one adoption in use on asOf.")
            long tracked,

            ByOrigin byOrigin,
            List<ProviderEntry> byProvider,
            List<RegionEntry> byRegion,
            List<SectorEntry> bySector,

            @Schema(
                    description = "Where the data lives: per region category, the companies with data in a"
                            + " region of that category, split by origin; a company with data in several"
                            + " categories counts in each.")
            List<CategoryEntry> byRegionCategory,

            @Schema(description = "How many of the counted adoptions have no source.")
            long unsourced,

            @Schema(description = SYNTHETIC) long syntheticCompanies) {}

    record ProviderEntry(String provider, String name, Origin origin, long companies) {

        static ProviderEntry of(ProviderCount count) {
            return new ProviderEntry(count.provider(), count.name(), count.origin(), count.companies());
        }
    }

    record RegionEntry(
            String region,
            String name,
            long tracked,
            @JsonProperty("US") long us,
            @JsonProperty("CN") long cn,
            @JsonProperty("OTHER") long other,

            @JsonProperty("UNDISCLOSED")
            @Schema(description = "Companies keeping data with an operator the sources do not name.")
            long undisclosed,

            long both) {

        static RegionEntry of(GroupCount group) {
            OriginCounts counts = group.counts();
            return new RegionEntry(
                    group.key(),
                    group.name(),
                    counts.tracked(),
                    counts.us(),
                    counts.cn(),
                    counts.other(),
                    counts.undisclosed(),
                    counts.both());
        }
    }

    record SectorEntry(
            String sector,
            long tracked,
            @JsonProperty("US") long us,
            @JsonProperty("CN") long cn,
            @JsonProperty("OTHER") long other,

            @JsonProperty("UNDISCLOSED")
            @Schema(description = "Companies keeping data with an operator the sources do not name.")
            long undisclosed,

            long both) {

        static SectorEntry of(GroupCount group) {
            OriginCounts counts = group.counts();
            return new SectorEntry(
                    group.key(),
                    counts.tracked(),
                    counts.us(),
                    counts.cn(),
                    counts.other(),
                    counts.undisclosed(),
                    counts.both());
        }
    }

    record CategoryEntry(
            RegionCategory category,
            long tracked,
            @JsonProperty("US") long us,
            @JsonProperty("CN") long cn,
            @JsonProperty("OTHER") long other,
            @JsonProperty("UNDISCLOSED") long undisclosed) {

        static CategoryEntry of(GroupCount group) {
            OriginCounts counts = group.counts();
            return new CategoryEntry(
                    RegionCategory.valueOf(group.key()),
                    counts.tracked(),
                    counts.us(),
                    counts.cn(),
                    counts.other(),
                    counts.undisclosed());
        }
    }

    record Timeline(
            List<Point> points,

            @Schema(description = SYNTHETIC) long syntheticCompanies) {}

    record Point(
            int year,

            @Schema(description = "31 December of the year, or today for the current year.")
            LocalDate asOf,

            long tracked,
            @JsonProperty("US") long us,
            @JsonProperty("CN") long cn,
            @JsonProperty("OTHER") long other,

            @JsonProperty("UNDISCLOSED")
            @Schema(description = "Companies keeping data with an operator the sources do not name.")
            long undisclosed,

            long both) {

        static Point of(TimelinePoint point) {
            OriginCounts counts = point.counts();
            return new Point(
                    point.year(),
                    point.asOf(),
                    counts.tracked(),
                    counts.us(),
                    counts.cn(),
                    counts.other(),
                    counts.undisclosed(),
                    counts.both());
        }
    }

    record FlowsResponse(
            LocalDate from,
            LocalDate to,
            List<ProviderFlow> providers,
            List<OriginFlow> origins,

            @Schema(description = "Relocations (migrations to another region), counted region to region.")
            List<RegionFlow> regions,

            @Schema(description = "Every migration of the window, counted once.")
            long total,

            @Schema(description = SYNTHETIC) long syntheticCompanies) {}

    record ProviderFlow(
            @Schema(description = "Null when the provider left was not disclosed.") @Nullable
            String from,

            @Schema(description = "Null when the destination was not disclosed.") @Nullable
            String to,

            long count) {}

    record OriginFlow(
            @Schema(description = "Null when the provider left was not disclosed.") @Nullable
            Origin from,

            @Schema(description = "Null when the destination was not disclosed.") @Nullable
            Origin to,

            long count) {}

    record RegionFlow(
            @Schema(description = "Code of the region left.", example = "hk")
            String from,

            @Schema(description = "Code of the region moved to.", example = "sg")
            String to,

            long count) {}
}
