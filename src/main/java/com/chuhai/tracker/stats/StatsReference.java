package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The providers and regions, to name and classify what a usage holds. */
final class StatsReference {

    record Provider(long id, String slug, String name, Origin origin) {}

    record Region(long id, String code, String name, RegionCategory category) {}

    private final List<Provider> providers;
    private final List<Region> regions;

    /** Every provider, in no particular order. */
    List<Provider> providers() {
        return providers;
    }

    /** Every region, in no particular order. */
    List<Region> regions() {
        return regions;
    }

    private final Map<Long, Provider> providerById = new HashMap<>();
    private final Map<Long, Region> regionById = new HashMap<>();

    /** Immutable, since it is cached and shared between requests. */
    StatsReference(List<Provider> providers, List<Region> regions) {
        this.providers = List.copyOf(providers);
        this.regions = List.copyOf(regions);
        providers.forEach(p -> providerById.put(p.id(), p));
        regions.forEach(r -> regionById.put(r.id(), r));
    }

    Provider provider(Long id) {
        return id == null ? null : providerById.get(id);
    }

    Region region(long id) {
        return regionById.get(id);
    }

    /** The id of the region with this code; -1 for a code no region has. */
    long regionId(String code) {
        return regions.stream()
                .filter(r -> r.code().equals(code))
                .map(Region::id)
                .findFirst()
                .orElse(-1L);
    }

    /** The origin of a provider; null for one not disclosed (the migrations' bucket). */
    Origin originOrNull(Long providerId) {
        return providerId == null ? null : originOf(providerId);
    }

    Origin originOf(Long providerId) {
        if (providerId == null) {
            return Origin.UNDISCLOSED;
        }
        Provider provider = providerById.get(providerId);
        return provider == null ? Origin.OTHER : provider.origin();
    }

    /** The providers and regions as they are now. */
    static StatsReference load(JdbcClient jdbc) {
        List<Provider> providers = jdbc.sql("SELECT id, slug, name, country FROM cloud_provider")
                .query((rs, n) -> new Provider(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("name"),
                        Origin.ofCountry(rs.getString("country"))))
                .list();
        List<Region> regions = jdbc.sql("SELECT id, code, name, category FROM region")
                .query((rs, n) -> new Region(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        RegionCategory.valueOf(rs.getString("category"))))
                .list();
        return new StatsReference(providers, regions);
    }
}
