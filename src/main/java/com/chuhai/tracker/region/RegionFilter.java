package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.query.TextSearch;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.jpa.domain.Specification;

/** Narrows the region list; every field is optional. */
record RegionFilter(
        @Parameter(description = "Case-insensitive text in the code or name.")
        String q,

        @Parameter(description = "Regions of this category.")
        RegionCategory category) {

    Specification<Region> toSpecification() {
        Specification<Region> spec = Specification.unrestricted();
        if (q != null && !q.isBlank()) {
            spec = spec.and(
                    (root, query, cb) -> TextSearch.containsIgnoringCase(cb, q, root.get("code"), root.get("name")));
        }
        if (category != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), category));
        }
        return spec;
    }
}
