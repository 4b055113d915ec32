package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.Origin;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/** Narrows the migration list; every field is optional. */
public record MigrationFilter(
        @Parameter(description = "Company slug.") String company,

        @Parameter(description = "Slug of the provider left.")
        String fromProvider,

        @Parameter(description = "Slug of the provider moved to.")
        String toProvider,

        @Parameter(description = "Region code.") String region,
        @Parameter(description = "Status.") MigrationStatus status,

        @Parameter(description = "Origin of the provider left.")
        Origin fromOrigin,

        @Parameter(description = "Origin of the provider moved to.")
        Origin toOrigin,

        @Parameter(
                description = "true: only migrations whose destination was not disclosed; false: only those"
                        + " whose destination is known.")
        Boolean undisclosed,

        @Parameter(description = "Announced on or after this date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "Announced on or before this date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to) {

    Specification<Migration> toSpecification() {
        Specification<Migration> spec = Specification.unrestricted();
        if (company != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("company").get("slug"), company));
        }
        if (fromProvider != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.get("fromProvider").get("slug"), fromProvider));
        }
        if (toProvider != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.join("toProvider").get("slug"), toProvider));
        }
        if (region != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("region").get("code"), region));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (fromOrigin != null) {
            spec = spec.and((root, query, cb) ->
                    fromOrigin.matches(root.get("fromProvider").get("country"), cb));
        }
        if (toOrigin != null) {
            spec = spec.and((root, query, cb) ->
                    toOrigin.matches(root.join("toProvider").get("country"), cb));
        }
        if (undisclosed != null) {
            spec = spec.and((root, query, cb) ->
                    undisclosed ? cb.isNull(root.get("toProvider")) : cb.isNotNull(root.get("toProvider")));
        }
        if (from != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("announcedOn"), from));
        }
        if (to != null) {
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("announcedOn"), to));
        }
        return spec;
    }
}
