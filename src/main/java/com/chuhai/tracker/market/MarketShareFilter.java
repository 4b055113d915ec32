package com.chuhai.tracker.market;

import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.jpa.domain.Specification;

/** Narrows the market-share list; every field is optional. */
record MarketShareFilter(
        @Parameter(description = "Provider slug.") String provider,
        @Parameter(description = "Market scope.") MarketScope scope,

        @Parameter(description = "Period, e.g. 2022-Q4 or 2024.")
        String period) {

    Specification<MarketShare> toSpecification() {
        Specification<MarketShare> spec = Specification.unrestricted();
        if (provider != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("provider").get("slug"), provider));
        }
        if (scope != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("scope"), scope));
        }
        if (period != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("period"), period));
        }
        return spec;
    }
}
