package com.chuhai.tracker.region;

import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The regions other features may list or check a code against, without reaching into the repository. */
@Service
@Transactional(readOnly = true)
public class RegionCatalog {

    private final RegionRepository regions;

    RegionCatalog(RegionRepository regions) {
        this.regions = regions;
    }

    /** Every region by name, as the code and name a filter shows. */
    public List<RegionSummary> list() {
        return regions.findAll(Sort.by("name")).stream()
                .map(region -> new RegionSummary(region.getCode(), region.getName()))
                .toList();
    }

    public record RegionSummary(String code, String name) {}
}
