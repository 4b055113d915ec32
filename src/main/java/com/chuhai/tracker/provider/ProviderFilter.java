package com.chuhai.tracker.provider;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Locale;
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
            String pattern = "%" + q.trim().toLowerCase(Locale.ROOT) + "%";
            spec = spec.and((root, query, cb) ->
                    cb.or(cb.like(cb.lower(root.get("slug")), pattern), cb.like(cb.lower(root.get("name")), pattern)));
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
