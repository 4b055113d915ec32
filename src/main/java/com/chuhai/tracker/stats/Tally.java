package com.chuhai.tracker.stats;

import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.region.RegionCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every breakdown of one date, filled company group by company group. */
final class Tally {

    private final LocalDate asOf;
    private final StatsReference reference;
    private final OriginCounter headline = new OriginCounter();
    private long unsourced;
    private final Map<Long, Long> providers = new HashMap<>();
    private final Map<Long, OriginCounter> regions = new HashMap<>();
    private final Map<Sector, OriginCounter> sectors = new EnumMap<>(Sector.class);
    private final Map<RegionCategory, OriginCounter> categories = new EnumMap<>(RegionCategory.class);

    Tally(LocalDate asOf, StatsReference reference) {
        this.asOf = asOf;
        this.reference = reference;
    }

    /** {@code companies} companies of a sector using these origins and providers. */
    void add(Sector sector, int origins, List<Long> providerIds, int unsourcedAdoptions, long companies) {
        headline.add(origins, companies);
        unsourced += unsourcedAdoptions * companies;
        sectors.computeIfAbsent(sector, s -> new OriginCounter()).add(origins, companies);
        providerIds.forEach(p -> providers.merge(p, companies, Long::sum));
    }

    /** {@code companies} companies using these origins in these regions (by region id). */
    void addRegions(Map<Long, Integer> originsByRegion, long companies) {
        Map<RegionCategory, Integer> byCategory = new EnumMap<>(RegionCategory.class);
        originsByRegion.forEach((region, origins) -> {
            regions.computeIfAbsent(region, r -> new OriginCounter()).add(origins, companies);
            StatsReference.Region known = reference.region(region);
            if (known != null) {
                byCategory.merge(known.category(), origins, (a, b) -> a | b);
            }
        });
        byCategory.forEach((category, origins) ->
                categories.computeIfAbsent(category, c -> new OriginCounter()).add(origins, companies));
    }

    Headline headline() {
        return new Headline(asOf, headline.counts(), unsourced);
    }

    List<ProviderCount> byProvider() {
        return reference.providers().stream()
                .map(p -> new ProviderCount(p.slug(), p.name(), p.origin(), providers.getOrDefault(p.id(), 0L)))
                .sorted(Comparator.comparingLong(ProviderCount::companies)
                        .reversed()
                        .thenComparing(ProviderCount::name)
                        .thenComparing(ProviderCount::provider))
                .toList();
    }

    List<GroupCount> byRegion() {
        return reference.regions().stream()
                .map(r -> new GroupCount(r.code(), r.name(), countsOf(regions.get(r.id()))))
                .sorted(Comparator.comparingLong((GroupCount g) -> g.counts().tracked())
                        .reversed()
                        .thenComparing(GroupCount::name)
                        .thenComparing(GroupCount::key))
                .toList();
    }

    List<GroupCount> bySector() {
        return perGroup(Sector.values(), sectors);
    }

    List<GroupCount> byRegionCategory() {
        return perGroup(RegionCategory.values(), categories);
    }

    private static <E extends Enum<E>> List<GroupCount> perGroup(E[] groups, Map<E, OriginCounter> counted) {
        List<GroupCount> result = new ArrayList<>();
        for (E group : groups) {
            result.add(new GroupCount(group.name(), group.name(), countsOf(counted.get(group))));
        }
        return List.copyOf(result);
    }

    private static OriginCounts countsOf(OriginCounter counter) {
        return counter == null ? OriginCounts.NONE : counter.counts();
    }
}
