package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The flows of a window from its migrations counted per provider and region pair: provider flows,
 * origin flows and relocations summed from those pairs, each sorted most first.
 */
final class FlowCounts {

    /** Ascending, null last: how PostgreSQL (and H2 as configured) order a column with nulls. */
    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    /** Migrations of one provider pair (null: not disclosed) between two regions (equal: within one). */
    record Pair(Long fromProvider, Long toProvider, long fromRegion, long toRegion, long migrations) {}

    private FlowCounts() {}

    static Flows count(LocalDate from, LocalDate to, List<Pair> pairs, StatsReference reference) {
        Map<List<Long>, Long> providerPairs = new LinkedHashMap<>();
        Map<List<Origin>, Long> originPairs = new LinkedHashMap<>();
        Map<List<Long>, Long> regionPairs = new LinkedHashMap<>();
        long total = 0;
        for (Pair pair : pairs) {
            total += pair.migrations();
            boolean relocation = pair.fromRegion() != pair.toRegion();
            // A relocation that keeps its provider is a region flow only.
            if (!(relocation && Objects.equals(pair.fromProvider(), pair.toProvider()))) {
                providerPairs.merge(
                        Arrays.asList(pair.fromProvider(), pair.toProvider()), pair.migrations(), Long::sum);
                originPairs.merge(
                        Arrays.asList(
                                reference.originOrNull(pair.fromProvider()), reference.originOrNull(pair.toProvider())),
                        pair.migrations(),
                        Long::sum);
            }
            if (relocation) {
                regionPairs.merge(List.of(pair.fromRegion(), pair.toRegion()), pair.migrations(), Long::sum);
            }
        }
        List<Flows.ProviderFlow> providers = new ArrayList<>();
        providerPairs.forEach((key, count) -> {
            StatsReference.Provider f = reference.provider(key.get(0));
            StatsReference.Provider t = reference.provider(key.get(1));
            providers.add(new Flows.ProviderFlow(
                    f == null ? null : f.slug(),
                    f == null ? null : f.name(),
                    t == null ? null : t.slug(),
                    t == null ? null : t.name(),
                    count));
        });
        providers.sort(Comparator.comparingLong(Flows.ProviderFlow::count)
                .reversed()
                .thenComparing(Flows.ProviderFlow::from, NULLS_LAST)
                .thenComparing(Flows.ProviderFlow::to, NULLS_LAST));
        List<Flows.OriginFlow> origins = new ArrayList<>();
        originPairs.forEach((key, count) -> origins.add(new Flows.OriginFlow(key.get(0), key.get(1), count)));
        origins.sort(Comparator.comparingLong(Flows.OriginFlow::count)
                .reversed()
                .thenComparing(f -> f.from() == null ? null : f.from().name(), NULLS_LAST)
                .thenComparing(f -> f.to() == null ? null : f.to().name(), NULLS_LAST));
        List<Flows.RegionFlow> regions = new ArrayList<>();
        regionPairs.forEach((key, count) -> {
            StatsReference.Region f = reference.region(key.get(0));
            StatsReference.Region t = reference.region(key.get(1));
            regions.add(new Flows.RegionFlow(f.code(), f.name(), t.code(), t.name(), count));
        });
        regions.sort(Comparator.comparingLong(Flows.RegionFlow::count)
                .reversed()
                .thenComparing(Flows.RegionFlow::from)
                .thenComparing(Flows.RegionFlow::to));
        return new Flows(from, to, providers, origins, regions, total);
    }
}
