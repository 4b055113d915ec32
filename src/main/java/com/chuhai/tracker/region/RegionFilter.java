package com.chuhai.tracker.region;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Locale;
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
            String pattern = "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) ->
                    cb.or(cb.like(cb.lower(root.get("code")), pattern), cb.like(cb.lower(root.get("name")), pattern)));
        }
        if (category != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("category"), category));
        }
        return spec;
    }
}
