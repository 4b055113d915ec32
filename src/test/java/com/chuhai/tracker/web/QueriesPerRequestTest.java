package com.chuhai.tracker.web;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.StatementCounter;
import com.chuhai.tracker.support.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every page and list costs the same number of SQL statements however much data there is: no N+1. */
@IntegrationTest
class QueriesPerRequestTest {

    private static final Pattern ROW = Pattern.compile("<tr[^>]* data-(company|migration)=");

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Test
    void pagesAndListsCostTheSameNumberOfStatementsWithThreeTimesTheData() {
        Region region = data.region();
        CloudProvider us = data.provider("US");
        CloudProvider cn = data.provider("CN");
        Company busy = data.company(Sector.GAMING, 2010);
        addCompanies(55, region, us, cn, busy);
        List<String> uris = List.of(
                "/?region=" + region.getCode(),
                "/companies?region=" + region.getCode(),
                "/companies/" + busy.getSlug(),
                "/migrations?region=" + region.getCode(),
                "/providers",
                "/providers/" + us.getSlug(),
                "/regions",
                "/regions/" + region.getCode(),
                "/api/v1/companies?region=" + region.getCode(),
                "/api/v1/adoptions?region=" + region.getCode(),
                "/api/v1/migrations?region=" + region.getCode(),
                "/api/v1/stats/overview?region=" + region.getCode());
        Map<String, Integer> before = statements(uris);

        addCompanies(110, region, us, cn, busy);

        assertThat(statements(uris)).isEqualTo(before);
        for (String list : List.of(
                "/companies?region=" + region.getCode(),
                "/migrations?region=" + region.getCode(),
                "/api/v1/companies?region=" + region.getCode(),
                "/api/v1/adoptions?region=" + region.getCode(),
                "/api/v1/migrations?region=" + region.getCode())) {
            assertThat(before.get(list))
                    .as("a list: its page's ids, their rows, the count and at most one batch of references")
                    .isLessThanOrEqualTo(4);
        }
    }

    @Test
    void aDeepPageCostsNoMoreStatementsThanTheFirst() {
        Region region = data.region();
        CloudProvider us = data.provider("US");
        CloudProvider cn = data.provider("CN");
        addCompanies(80, region, us, cn, data.company(Sector.GAMING, 2010));
        Map<String, Integer> pageSizes = Map.of(
                "/companies", 25,
                "/migrations", 25,
                "/api/v1/companies", 20,
                "/api/v1/adoptions", 20,
                "/api/v1/migrations", 20);
        pageSizes.forEach((list, pageSize) -> {
            String first = list + "?region=" + region.getCode();
            String deep = list + "?page=2&region=" + region.getCode();
            int firstPage = statements(List.of(first)).get(first);
            int deepPage = statements(List.of(deep)).get(deep);
            assertThat(deepPage).as(deep).isLessThanOrEqualTo(firstPage);
            assertThat(rows(deep)).as("%s is a full page", deep).isEqualTo(pageSize);
        });
    }

    /** The rows a list page shows: the JSON page's content, or the HTML table's rows. */
    private int rows(String uri) {
        if (uri.startsWith("/api/")) {
            return api.get(uri).json().get("content").size();
        }
        return (int) ROW.matcher(api.get(uri, "text/html").body()).results().count();
    }

    private Map<String, Integer> statements(List<String> uris) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String uri : uris) {
            counts.put(
                    uri,
                    StatementCounter.countWhile(() -> assertThat(
                                    api.get(uri, "text/html,application/json").status())
                            .as(uri)
                            .isEqualTo(200)));
        }
        return counts;
    }

    /**
     * Companies in the region, more than any page shows (Spring Data skips the count query of a page
     * that holds every row), each on both providers with a migration; the busy one gains subsidiaries
     * and adoptions.
     */
    private void addCompanies(int howMany, Region region, CloudProvider us, CloudProvider cn, Company busy) {
        for (int i = 0; i < howMany; i++) {
            Company company = data.company(Sector.values()[i % Sector.values().length], 2010);
            data.adoption(company, cn, region, year(2012), year(2018));
            data.adoption(company, us, region, year(2018), null);
            data.migration(company, region, cn, us, year(2018), MigrationStatus.COMPLETED);
            data.setParent(company, i % 10 == 0 ? busy : null);
        }
        data.adoption(busy, us, region, year(2015), null);
        data.migration(busy, region, cn, us, year(2016), MigrationStatus.ANNOUNCED);
    }
}
