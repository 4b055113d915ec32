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
