package com.chuhai.tracker.directory;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.shared.query.Paging;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists companies by what they are and what they use. */
@Service
@Transactional(readOnly = true)
class CompanyDirectory {

    /** Loaded with the companies, so that a page costs the same queries whoever has a parent. */
    private static final List<String> PARENT = List.of("parent");

    private final CompanyService companies;
    private final Paging paging;
    private final Clock clock;

    CompanyDirectory(CompanyService companies, Paging paging, Clock clock) {
        this.companies = companies;
        this.paging = paging;
        this.clock = clock;
    }

    /** One page, its parents joined in. */
    Page<CompanyResponse> page(CompanyFilter filter, Pageable pageable) {
        LocalDate today = today();
        return paging.page(Company.class, filter.toSpecification(today), List.of(filter, today), pageable, PARENT)
                .map(CompanyResponse::of);
    }

    /** Every matching company in order, streamed from the database, for exports. */
    void forEach(CompanyFilter filter, Sort sort, Consumer<CompanyResponse> consumer) {
        companies.forEach(
                filter.toSpecification(today()), sort, company -> consumer.accept(CompanyResponse.of(company)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
