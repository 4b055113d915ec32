package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.ActiveAdoptions;
import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.shared.query.TextSearch;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Narrows the company list; every field is optional. {@code provider}, {@code region},
 * {@code regionCategory} and {@code origin} together select companies with one adoption in use on
 * {@code asOf} (today when left out) that matches all of them: exactly the companies a statistic
 * counts.
 */
record CompanyFilter(
        @Parameter(description = "Case-insensitive text in the name, native name or slug.")
        String q,

        @Parameter(description = "Companies of this sector.")
        Sector sector,

        @Parameter(description = "Companies using this provider (slug) on asOf.")
        String provider,

        @Parameter(description = "Companies with data or workloads in this region (code) on asOf.")
        String region,

        @Parameter(description = "Companies with data or workloads in a region of this category on asOf.")
        RegionCategory regionCategory,

        @Parameter(
                description = "Companies using a provider of this origin on asOf; UNDISCLOSED: keeping data"
                        + " where the sources do not name the operator.")
        Origin origin,

        @Parameter(description = "true: only companies with an adoption in use on asOf (the tracked companies).")
        Boolean tracked,

        @Parameter(description = "The date provider, region and origin apply to; today when left out.")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf) {

    public boolean filtersUsage() {
        return provider != null
                || region != null
                || regionCategory != null
                || origin != null
                || Boolean.TRUE.equals(tracked);
    }

    Specification<Company> toSpecification(LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                predicates.add(TextSearch.containsIgnoringCase(
                        cb, q, root.get("name"), root.get("nativeName"), root.get("slug")));
            }
            if (sector != null) {
                predicates.add(cb.equal(root.get("sector"), sector));
            }
            if (filtersUsage()) {
                Subquery<Long> uses = query.subquery(Long.class);
                Root<Adoption> adoption = uses.from(Adoption.class);
                List<Predicate> matching = new ArrayList<>();
                matching.add(cb.equal(adoption.get("company"), root));
                matching.add(ActiveAdoptions.activeOn(adoption, asOf == null ? today : asOf, cb));
                if (provider != null) {
                    matching.add(cb.equal(adoption.join("provider").get("slug"), provider));
                }
                if (region != null) {
                    matching.add(cb.equal(adoption.get("region").get("code"), region));
                }
                if (regionCategory != null) {
                    matching.add(cb.equal(adoption.get("region").get("category"), regionCategory));
                }
                if (origin != null) {
                    matching.add(origin.matchesProviderOf(adoption, "provider", cb));
                }
                uses.select(adoption.get("id")).where(matching.toArray(Predicate[]::new));
                predicates.add(cb.exists(uses));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
