package com.chuhai.tracker.suggestion;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/** The editors' queue filters: status, company, and the days the suggestions were made between. */
record SuggestionFilter(
        @Parameter(description = "NEW, ACCEPTED or REJECTED; any when left out.")
        SuggestionStatus status,

        @Parameter(description = "Company slug.") String company,

        @Parameter(description = "Made on or after this day (UTC).") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @Parameter(description = "Made on or before this day (UTC).") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to) {

    Specification<Suggestion> toSpecification() {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (company != null && !company.isBlank()) {
                where.add(cb.equal(root.get("companySlug"), company.strip()));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("createdAt"), from.atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (to != null) {
                where.add(cb.lessThan(
                        root.get("createdAt"), to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
