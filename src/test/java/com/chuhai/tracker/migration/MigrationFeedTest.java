package com.chuhai.tracker.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Atom feeds of migrations, read back with Rome as a feed reader would (RFC 4287). */
@IntegrationTest
class MigrationFeedTest {

    @Autowired
    Api api;

    @Test
    void theFeedOfAllMigrationsIsValidAtomWhoseEntriesCarryTheirSources() throws Exception {
        Reply reply = api.get("/migrations.atom", "application/atom+xml");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/atom+xml");
        Feed feed = atom(reply);
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).endsWith("/migrations.atom");
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(MigrationFeed.ENTRIES);
        assertThat(feed.getEntries()).extracting(Entry::getId).doesNotHaveDuplicates();
        Entry tiktok = feed.getEntries().stream()
                .filter(entry -> entry.getTitle().startsWith("TikTok:"))
                .findFirst()
                .orElseThrow();
        assertThat(tiktok.getTitle()).contains("→");
        assertThat(tiktok.getUpdated()).isNotNull();
        assertThat(tiktok.getOtherLinks()).extracting(Link::getRel).isNotEmpty().containsOnly("related");
        assertThat(tiktok.getOtherLinks())
                .allSatisfy(source -> assertThat(source.getHref()).startsWith("http"));
        assertThat(tiktok.getSummary().getValue())
                .contains(tiktok.getOtherLinks().get(0).getHref());
    }

    @Test
    void aCompanysFeedHoldsOnlyItsMigrationsAndAnUnknownCompanyHasNone() throws Exception {
        Feed bigo = atom(api.get("/companies/bigo/migrations.atom", "application/atom+xml"));

        assertThat(bigo.getTitle()).contains("BIGO");
        assertThat(bigo.getEntries())
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getTitle()).startsWith("BIGO"));
        assertThat(bigo.getEntries())
                .anySatisfy(entry -> assertThat(entry.getTitle()).contains("Hong Kong → Singapore"));

        assertThat(api.get("/companies/no-such-company/migrations.atom", "application/atom+xml")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePagesLinkTheirFeeds() {
        assertThat(api.get("/migrations", "text/html").body())
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/migrations.atom\"");
        assertThat(api.get("/companies/bigo", "text/html").body()).contains("href=\"/companies/bigo/migrations.atom\"");
    }

    private static Feed atom(Reply reply) throws Exception {
        assertThat(reply.status()).isEqualTo(200);
        return (Feed) new WireFeedInput().build(new StringReader(reply.body()));
    }
}
