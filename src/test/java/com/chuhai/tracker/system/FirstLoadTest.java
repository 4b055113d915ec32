package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * What a browser downloads on its first visit to the dashboard, compressed as Tomcat sends it: the page
 * and every stylesheet, script and icon it names, at most 350 KB; then the assets come from its cache.
 */
@IntegrationTest
class FirstLoadTest {

    private static final long BUDGET = 350 * 1024;
    /** Stylesheets, scripts and the icon; not the feeds the page links as alternates. */
    private static final Pattern ASSET =
            Pattern.compile("<(?:link(?![^>]*rel=\"alternate\")|script)\\b[^>]*\\b(?:href|src)=\"(/[^\"]+)\"");

    @Autowired
    JdbcConnectionDetails database;

    AppInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theDashboardsFirstLoadIsSmallAndItsAssetsAreCachedForAYear() {
        app = AppInstance.start(database.getJdbcUrl(), database.getUsername(), database.getPassword());

        HttpResponse<byte[]> page = gzipped("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        long total = page.body().length;
        String html = app.send(app.request("/").GET()).body();
        Set<String> assets = new LinkedHashSet<>();
        Matcher matcher = ASSET.matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1).replace("&amp;", "&"));
        }
        assertThat(assets).as("stylesheets, scripts and the icon").hasSizeGreaterThanOrEqualTo(4);
        for (String asset : assets) {
            HttpResponse<byte[]> answer = gzipped(asset);
            assertThat(answer.statusCode()).as(asset).isEqualTo(200);
            assertThat(answer.headers().firstValue("Cache-Control"))
                    .as(asset)
                    .hasValueSatisfying(cache -> assertThat(cache).contains("max-age=31536000"));
            total += answer.body().length;
        }

        assertThat(total).as("bytes on the wire for " + assets).isLessThanOrEqualTo(BUDGET);
    }

    /** The answer as sent to a browser that accepts gzip: its bytes on the wire. */
    private HttpResponse<byte[]> gzipped(String path) {
        return app.sendForBytes(app.request(URI.create(path).toString())
                .header("Accept-Encoding", "gzip")
                .GET());
    }
}
