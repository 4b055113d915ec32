package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Our assets get content-hashed URLs and a year of caching; WebJars too; nothing else is a resource. */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    Api api;

    @Test
    void assetsHaveHashedUrlsAndAreCachedForAYear() {
        String page = api.get("/", "text/html").body();
        for (String pattern : new String[] {"/css/app-[0-9a-f]{32}\\.css", "/js/dashboard-[0-9a-f]{32}\\.js"}) {
            Matcher asset = Pattern.compile(pattern).matcher(page);
            assertThat(asset.find()).as(pattern).isTrue();
            Reply reply = api.get(asset.group(), "*/*");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).isEqualTo("max-age=31536000, public");
        }
        Reply webjar = api.get("/webjars/chart.js/dist/chart.umd.js", "*/*");
        assertThat(webjar.status()).isEqualTo(200);
        assertThat(webjar.header("Cache-Control")).isEqualTo("max-age=31536000, public");
    }

    @Test
    void pagesAndUnknownFilesAreNotServedAsResources() {
        // Access fails closed: a path no rule lists is refused (to sign-in) before any handler looks.
        assertThat(api.get("/application.properties", "*/*").status()).isEqualTo(302);
        assertThat(api.get("/templates/layout.html", "*/*").status()).isEqualTo(302);
        assertThat(api.get("/css/application.properties", "*/*").status()).isEqualTo(404);
        assertThat(api.get("/img/../application.properties", "*/*").status()).isNotEqualTo(200);
        assertThat(api.get("/favicon.ico", "*/*").status()).isEqualTo(301);
    }
}
