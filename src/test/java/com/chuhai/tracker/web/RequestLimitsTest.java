package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Bodies have limits, checked before anything reads them: API JSON 256 KB, uploads the import's 2 MB
 * (and its form fields), an upload from someone who may not import is refused unread, and the import
 * lists at most 100 problems. Each refusal is a clear 4xx that changes nothing.
 */
@IntegrationTest
class RequestLimitsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @Test
    void anApiBodyOverTheLimitIsA413ProblemAndChangesNothing() {
        String slug = TestData.unique("big");
        String json = "{\"slug\": \"" + slug + "\", \"name\": \"Big\", \"sector\": \"GAMING\", \"description\": \""
                + "x".repeat(300 * 1024) + "\"}";

        assertThat(mvc.post()
                        .uri("/api/v1/companies")
                        .with(user("editor").roles("EDITOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .hasStatus(413)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyText()
                .contains("256 KB");
        assertThat(companies(slug)).isZero();
    }

    @Test
    void aBodySentWithoutALengthIsReadOnlyUpToTheLimit() throws Exception {
        byte[] body = new byte[300 * 1024];
        Arrays.fill(body, (byte) ' ');
        try (AppInstance app =
                AppInstance.start(database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
            HttpResponse<String> answer = app.send(app.request("/api/v1/companies")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(answer.statusCode()).as("a chunked body past the limit").isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void anUploadOverTheLimitIsRefusedUnread() {
        byte[] body = new byte[3 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        assertThat(mvc.post()
                        .uri("/admin/import")
                        .with(user("editor").roles("EDITOR"))
                        .contentType("multipart/form-data; boundary=limit")
                        .content(body))
                .as("refused by its length, the error page (error.tooLarge) says the limit")
                .hasStatus(413);
    }

    @Test
    void anUploadFromSomeoneWhoMayNotImportIsRefusedBeforeItIsRead() {
        MockMultipartFile file = new MockMultipartFile(
                "file", "c.csv", "text/csv", "slug,name,sector\nx,y,GAMING\n".getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/admin/import")
                        .multipart()
                        .file(file)
                        .param("kind", "companies")
                        .with(csrf()))
                .as("a stranger, even with a valid CSRF token")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/import")
                        .multipart()
                        .file(file)
                        .param("kind", "companies")
                        .with(user("viewer").roles("VIEWER"))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void anImportListsItsFirstHundredProblemsAndCountsTheRest() throws Exception {
        StringBuilder csv = new StringBuilder("slug,name,sector\n");
        for (int i = 0; i < 150; i++) {
            csv.append(TestData.unique("bad")).append(",Bad ").append(i).append(",MINING\n");
        }
        MockMultipartFile file = new MockMultipartFile(
                "file", "bad.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        String page = mvc.post()
                .uri("/admin/import")
                .multipart()
                .file(file)
                .param("kind", "companies")
                .with(user("editor").roles("EDITOR"))
                .with(csrf())
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page.split("data-line=", -1)).hasSize(101);
        assertThat(page)
                .contains("150 problems")
                .contains("id=\"import-unlisted\"")
                .contains("50 more problems");
    }

    private long companies(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM company WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .single();
    }
}
