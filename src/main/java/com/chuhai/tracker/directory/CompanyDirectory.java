package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.CompanySearch;
import com.chuhai.tracker.company.CompanyResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Lists companies by what they are and what they use, the list's filters applying today unless dated. */
@Service
class CompanyDirectory {

    private final CompanySearch search;
    private final Clock clock;

    CompanyDirectory(CompanySearch search, Clock clock) {
        this.search = search;
        this.clock = clock;
    }

    /** One page, its parents joined in. */
    Page<CompanyResponse> page(CompanyFilter filter, Pageable pageable) {
        return search.page(filter.toCriteria(today()), pageable);
    }

    /** Every matching company in order, streamed from the database, for exports. */
    void forEach(CompanyFilter filter, Sort sort, Consumer<CompanyResponse> consumer) {
        search.forEach(filter.toCriteria(today()), sort, consumer);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
