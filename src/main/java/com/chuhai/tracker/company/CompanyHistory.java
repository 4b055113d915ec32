package com.chuhai.tracker.company;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import java.util.List;
import org.springframework.stereotype.Component;

/** Companies' history for /admin/companies/{slug}/history. */
@Component
class CompanyHistory implements RecordHistory {

    private final CompanyService companies;

    CompanyHistory(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public String kind() {
        return "companies";
    }

    @Override
    public String title(String key) {
        return companies.get(key).name();
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return companies.history(key);
    }

    @Override
    public String restore(String key, long revision) {
        return companies.restore(key, revision).slug();
    }

    @Override
    public String fieldMessages() {
        return "company.field.";
    }
}
