package com.chuhai.tracker.adoption;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/** Narrows the adoption list; every field is optional. */
record AdoptionFilter(
        @Parameter(description = "Company slug.") String company,
        @Parameter(description = "Provider slug.") String provider,
        @Parameter(description = "Region code.") String region,

        @Parameter(
                description = "true: only adoptions whose provider was not disclosed (the data's place is"
                        + " known, not its operator); false: only those whose provider is known.")
        Boolean undisclosed,

        @Parameter(description = "Only adoptions in use on this date (the counting rule of the statistics).")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate activeOn) {

    Specification<Adoption> toSpecification() {
        Specification<Adoption> spec = Specification.unrestricted();
        if (company != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("company").get("slug"), company));
        }
        if (provider != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.join("provider").get("slug"), provider));
        }
        if (undisclosed != null) {
            spec = spec.and((root, query, cb) ->
                    undisclosed ? cb.isNull(root.get("provider")) : cb.isNotNull(root.get("provider")));
        }
        if (region != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("region").get("code"), region));
        }
        if (activeOn != null) {
            spec = spec.and((root, query, cb) -> ActiveAdoptions.activeOn(root, activeOn, cb));
        }
        return spec;
    }
}
