package com.chuhai.tracker.directory;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationStatus;
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
class ProviderRegionPagesTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    Region region;
    CloudProvider oldCloud;
    CloudProvider newCloud;
    Company mover;
    Company stayer;

    @BeforeEach
    void setUp() {
        region = data.region();
        oldCloud = data.provider("Old " + TestData.unique("cloud"), "CN");
        newCloud = data.provider("New " + TestData.unique("cloud"), "US");
        mover = data.company(Sector.GAMING, 2010);
        stayer = data.company(Sector.FINTECH, 2010);
        data.adoption(mover, oldCloud, region, year(2015), year(2020));
        data.adoption(mover, newCloud, region, year(2020), null);
        data.adoption(stayer, oldCloud, region, year(2016), null);
        data.migration(mover, region, oldCloud, newCloud, year(2020), MigrationStatus.COMPLETED);
    }

    @Test
    void aProviderPageShowsWhoUsesItWhoLeftAndWhoCame() {
        String oldPage = html("/providers/" + oldCloud.getSlug());
        assertThat(oldPage)
                .contains("data-company=\"" + stayer.getSlug() + "\"")
                .doesNotContain("data-company=\"" + mover.getSlug() + "\"")
                .contains("id=\"left-table\"")
                .doesNotContain("id=\"came-table\"");

        String newPage = html("/providers/" + newCloud.getSlug());
        assertThat(newPage).contains("data-company=\"" + mover.getSlug() + "\"").contains("id=\"came-table\"");
    }

    @Test
    void theProviderListCountsTodaysUsersAndLinksToThem() {
        String page = html("/providers");

        assertThat(page)
                .containsPattern("data-provider=\"" + oldCloud.getSlug() + "\"[\\s\\S]*?>1</a>")
                .contains("href=\"/companies?provider=" + oldCloud.getSlug() + "\"");
    }

    @Test
    void aRegionPageShowsItsProvidersCompaniesAndMigrations() {
        String page = html("/regions/" + region.getCode());

        assertThat(page)
                .contains("2 tracked companies hold data here today: 1 on US providers, 1 on Chinese providers")
                .contains(oldCloud.getName())
                .contains("data-company=\"" + stayer.getSlug() + "\"")
                .contains("id=\"moves-table\"");
        assertThat(html("/regions")).contains("data-region=\"" + region.getCode() + "\"");
    }

    @Test
    void sharedLinksToAProviderAndARegionSayHowManyCompaniesUseThemToday() {
        String providerPage = html("/providers/" + oldCloud.getSlug());
        String providerTitle = "Chuhai companies on " + oldCloud.getName();
        String used = "1 chuhai company uses " + oldCloud.getName() + " as of ";
        assertThat(providerPage)
                .contains("<title>" + providerTitle + " · Chuhai Cloud Tracker</title>")
                .contains("<meta property=\"og:title\" content=\"" + providerTitle + "\">")
                .contains("<meta name=\"description\" content=\"" + used)
                .contains("<meta property=\"og:description\" content=\"" + used);

        String regionPage = html("/regions/" + region.getCode() + "?lang=fr");
        String regionTitle =
                "Les entreprises chinoises à l’étranger avec des données dans la région " + region.getName();
        String kept =
                "2 entreprises chinoises à l’étranger gardent des données dans la région " + region.getName() + " au ";
        assertThat(regionPage)
                .contains("<title>" + regionTitle + " · ")
                .contains("<meta property=\"og:title\" content=\"" + regionTitle + "\">")
                .contains("<meta name=\"description\" content=\"" + kept)
                .contains("<meta property=\"og:description\" content=\"" + kept);
    }

    @Test
    void unknownProvidersAndRegionsAreNotFound() {
        assertThat(api.get("/providers/" + TestData.unique("none"), "text/html").status())
                .isEqualTo(404);
        assertThat(api.get("/regions/" + TestData.unique("none"), "text/html").status())
                .isEqualTo(404);
    }

    private String html(String uri) {
        Reply reply = api.get(uri, "text/html");
        assertThat(reply.status()).as(uri).isEqualTo(200);
        return reply.body();
    }
}
