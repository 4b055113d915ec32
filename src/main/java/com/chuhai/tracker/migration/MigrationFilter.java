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

        @Parameter(description = "Region code: migrations leaving it or moving to it.")
        String region,

        @Parameter(description = "Code of the region left.") String fromRegion,

        @Parameter(description = "Code of the region moved to.")
        String toRegion,

        @Parameter(description = "true: only relocations (to another region); false: only moves within one region.")
        Boolean relocation,

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

    /** A company's migrations. */
    public static MigrationFilter ofCompany(String slug) {
        return new MigrationFilter(slug, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Migrations leaving one provider (slug) or moving to another; either may be null. */
    public static MigrationFilter ofProviders(String left, String movedTo) {
        return new MigrationFilter(null, left, movedTo, null, null, null, null, null, null, null, null, null, null);
    }

    /** Migrations leaving or moving to a region (null: any), announced up to {@code announcedBy} (null: any). */
    public static MigrationFilter ofRegion(String code, LocalDate announcedBy) {
        return new MigrationFilter(null, null, null, code, null, null, null, null, null, null, null, null, announcedBy);
    }

    Specification<Migration> toSpecification() {
        Specification<Migration> spec = Specification.unrestricted();
        if (company != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("company").get("slug"), company));
        }
        if (fromProvider != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.join("fromProvider").get("slug"), fromProvider));
        }
        if (toProvider != null) {
            spec = spec.and(
                    (root, query, cb) -> cb.equal(root.join("toProvider").get("slug"), toProvider));
        }
        if (region != null) {
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.equal(root.get("fromRegion").get("code"), region),
                    cb.equal(root.get("toRegion").get("code"), region)));
        }
        if (fromRegion != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("fromRegion").get("code"), fromRegion));
        }
        if (toRegion != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("toRegion").get("code"), toRegion));
        }
        if (relocation != null) {
            spec = spec.and((root, query, cb) -> relocation
                    ? cb.notEqual(root.get("fromRegion"), root.get("toRegion"))
                    : cb.equal(root.get("fromRegion"), root.get("toRegion")));
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (fromOrigin != null) {
            spec = spec.and((root, query, cb) -> fromOrigin.matchesProviderOf(root, "fromProvider", cb));
        }
        if (toOrigin != null) {
            spec = spec.and((root, query, cb) -> toOrigin.matchesProviderOf(root, "toProvider", cb));
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
