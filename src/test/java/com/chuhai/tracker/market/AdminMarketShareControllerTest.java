package com.chuhai.tracker.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/** The market-share forms: create with a source, refuse a second share for the same period, delete. */
@IntegrationTest
class AdminMarketShareControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsAShareRefusesADuplicateAndDeletes() {
        CloudProvider provider = data.provider("US");

        assertThat(create(provider, "31.5")).hasStatus3xxRedirection();
        assertThat(create(provider, "20")).hasStatus(400).bodyText().contains("already has a share for that period");
        assertThat(create(provider, "140")).hasStatus(400).bodyText().contains("is-invalid");

        long id = jdbc.sql("SELECT id FROM market_share WHERE provider_id = ?")
                .param(provider.getId())
                .query(Long.class)
                .single();
        assertThat(editor(mvc.get().uri("/admin/market-shares")))
                .hasStatusOk()
                .bodyText()
                .contains("data-share=\"" + id + "\"");
        assertThat(editor(mvc.get().uri("/admin/market-shares/" + id + "/delete")))
                .hasStatusOk();
        assertThat(editor(mvc.post().uri("/admin/market-shares/" + id + "/delete"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM market_share WHERE provider_id = ?")
                        .param(provider.getId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private MockMvcRequestBuilder create(CloudProvider provider, String percent) {
        return editor(mvc.post().uri("/admin/market-shares"))
                .with(csrf())
                .param("period", "2025-Q2")
                .param("scope", "WORLDWIDE")
                .param("provider", provider.getSlug())
                .param("sharePercent", percent)
                .param("sourceUrl", "https://example.org/" + provider.getSlug())
                .param("sourceTitle", "Q2 shares");
    }

    private static MockMvcRequestBuilder editor(MockMvcRequestBuilder request) {
        return request.with(user("editor-user").roles("EDITOR"));
    }
}
