package com.chuhai.tracker.adoption;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.shared.query.Paging;
import com.chuhai.tracker.shared.query.TextSearch;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies by what they are and what they use: the company list's query. The provider, region,
 * region category and origin together select companies with one adoption in use on the day that
 * matches all of them, by the counting rule ({@link ActiveAdoptions}): exactly the companies a
 * statistic counts.
 */
@Service
@Transactional(readOnly = true)
public class CompanySearch {

    /** Loaded with the companies, so that a page costs the same queries whoever has a parent. */
    private static final List<String> PARENT = List.of("parent");

    private final CompanyService companies;
    private final Paging paging;

    CompanySearch(CompanyService companies, Paging paging) {
        this.companies = companies;
        this.paging = paging;
    }

    /** One page, its parents joined in. */
    public Page<CompanyResponse> page(Criteria criteria, Pageable pageable) {
        return paging.page(Company.class, criteria.toSpecification(), criteria, pageable, PARENT)
                .map(CompanyResponse::of);
    }

    /** Every matching company in order, streamed from the database, for exports. */
    public void forEach(Criteria criteria, Sort sort, Consumer<CompanyResponse> consumer) {
        companies.forEach(criteria.toSpecification(), sort, company -> consumer.accept(CompanyResponse.of(company)));
    }

    /**
     * What to look for; every field but {@code on} is optional. {@code q} is case-insensitive text in
     * the name, native name or slug; {@code tracked}: only companies with an adoption in use on
     * {@code on}.
     */
    public record Criteria(
            String q,
            Sector sector,
            String provider,
            String region,
            RegionCategory regionCategory,
            Origin origin,
            boolean tracked,
            LocalDate on) {

        boolean filtersUsage() {
            return provider != null || region != null || regionCategory != null || origin != null || tracked;
        }

        Specification<Company> toSpecification() {
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
                    matching.add(ActiveAdoptions.activeOn(adoption, on, cb));
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
}
