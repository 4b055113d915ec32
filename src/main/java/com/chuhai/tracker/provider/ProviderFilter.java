package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.query.TextSearch;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.jpa.domain.Specification;

/** Narrows the provider list; every field is optional. */
record ProviderFilter(
        @Parameter(description = "Case-insensitive text in the slug or name.")
        String q,

        @Parameter(description = "Providers of this origin (derived from the headquarters' country).")
        Origin origin,

        @Parameter(description = "Providers of this kind.") ProviderKind kind) {

    Specification<CloudProvider> toSpecification() {
        Specification<CloudProvider> spec = Specification.unrestricted();
        if (q != null && !q.isBlank()) {
            spec = spec.and(
                    (root, query, cb) -> TextSearch.containsIgnoringCase(cb, q, root.get("slug"), root.get("name")));
        }
        if (origin != null) {
            spec = spec.and((root, query, cb) -> origin.matches(root.get("country"), cb));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        return spec;
    }
}
