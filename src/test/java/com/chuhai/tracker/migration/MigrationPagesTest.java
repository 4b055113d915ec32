package com.chuhai.tracker.migration;

import static com.chuhai.tracker.shared.PreciseDate.month;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MigrationPagesTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    Company company;
    Region region;
    CloudProvider alibaba;
    CloudProvider oracle;
    Migration moved;
    Migration undisclosed;

    @BeforeEach
    void setUp() {
        company = data.company(Sector.SOCIAL_CONTENT, 2016);
        region = data.region();
        alibaba = data.provider("Alibaba " + TestData.unique("x"), "CN");
        oracle = data.provider("Oracle " + TestData.unique("x"), "US");
        moved = data.migration(company, region, alibaba, oracle, month(2022, 6), MigrationStatus.COMPLETED);
        undisclosed = data.migration(company, region, oracle, null, year(2024), MigrationStatus.ANNOUNCED);
    }

    @Test
    void listsMigrationsWithDatesAtTheirPrecisionAndUndisclosedDestinations() {
        String page = html("/migrations?company=" + company.getSlug());

        assertThat(page)
                .contains("data-metric=\"results\">2 migrations<")
                .contains("Jun 2022")
                .contains(">2024<")
                .contains(oracle.getName())
                .contains("not disclosed")
                .contains("href=\"/companies/" + company.getSlug() + "\"");
    }

    @Test
    void filtersByProviderStatusAndWindow() {
        String fromChina = html("/migrations?fromProvider=%s&status=COMPLETED&from=2022-01-01&to=2022-12-31"
                .formatted(alibaba.getSlug()));

        assertThat(fromChina).contains("data-migration=\"" + moved.getId() + "\"");
        assertThat(fromChina).doesNotContain("data-migration=\"" + undisclosed.getId() + "\"");
        assertThat(fromChina).containsPattern("value=\"COMPLETED\"\\s+selected");
    }

    @Test
    void filtersByTheOriginsOfTheMoveAndUndisclosedDestinations() {
        String chinaToUs = html("/migrations?company=%s&fromOrigin=CN&toOrigin=US".formatted(company.getSlug()));
        assertThat(chinaToUs)
                .contains("data-migration=\"" + moved.getId() + "\"")
                .doesNotContain("data-migration=\"" + undisclosed.getId() + "\"");

        String notDisclosed = html("/migrations?company=%s&undisclosed=true".formatted(company.getSlug()));
        assertThat(notDisclosed)
                .contains("data-migration=\"" + undisclosed.getId() + "\"")
                .doesNotContain("data-migration=\"" + moved.getId() + "\"");
    }

    @Test
    void aSharedLinkToAFilteredListNamesItsFiltersInTheReadersLanguage() {
        String page = html("/migrations?fromProvider=%s&status=COMPLETED&from=2022-01-01&to=2022-12-31"
                .formatted(alibaba.getSlug()));
        String title = "Completed cloud migrations from %s announced between Jan 1, 2022 and Dec 31, 2022"
                .formatted(alibaba.getName());
        String description = title + ": 1 migration, each with its dates and sources.";
        assertThat(page)
                .contains("<title>" + title + " · Chuhai Cloud Tracker</title>")
                .contains("<meta property=\"og:title\" content=\"" + title + "\">")
                .contains("<meta name=\"description\" content=\"" + description + "\">")
                .contains("<meta property=\"og:description\" content=\"" + description + "\">");

        String chinese = html("/migrations?company=%s&toOrigin=US&lang=zh-CN".formatted(company.getSlug()));
        String chineseTitle = "云迁移：" + company.getName() + "、迁往美国云厂商";
        String chineseDescription = chineseTitle + "。共1条迁移记录，每条均附日期与来源。";
        assertThat(chinese)
                .contains("<title>" + chineseTitle + " · ")
                .contains("<meta property=\"og:title\" content=\"" + chineseTitle + "\">")
                .contains("<meta name=\"description\" content=\"" + chineseDescription + "\">")
                .contains("<meta property=\"og:description\" content=\"" + chineseDescription + "\">");

        assertThat(html("/migrations"))
                .contains("<title>Cloud migrations of chuhai companies · Chuhai Cloud Tracker</title>")
                .contains("<meta property=\"og:title\" content=\"Cloud migrations of chuhai companies\">");
    }

    @Test
    void aFilterThatDoesNotParseIsIgnoredAndSaidSo() {
        Reply reply = api.get("/migrations?status=LOST&from=yesterday", "text/html");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("alert-warning");
    }

    private String html(String uri) {
        Reply reply = api.get(uri, "text/html");
        assertThat(reply.status()).as(uri).isEqualTo(200);
        return reply.body();
    }
}
