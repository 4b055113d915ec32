package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.AppInstance;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A reader who only reads gets no session, the sign-in page included: its CSRF token lives in a
 * cookie until the form is posted, and only a sign-in stores a session. Over real HTTP, against a
 * running instance (the servlet container and Spring Session as deployed).
 */
@IntegrationTest
class ReaderSessionsTest {

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    AppInstance app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aReaderWhoOnlyReadsGetsNoSessionTheSignInPageIncluded() {
        Login editor = data.user(Role.EDITOR);
        app = AppInstance.start(database.getJdbcUrl(), database.getUsername(), database.getPassword());
        long sessions = storedSessions();

        for (String path : List.of("/", "/login", "/companies", "/providers", "/api/v1/stats/overview", "/admin")) {
            HttpResponse<String> read = app.get(path);
            assertThat(read.headers().allValues("Set-Cookie"))
                    .as("cookies set by " + path)
                    .noneMatch(cookie -> cookie.startsWith("SESSION="));
        }
        assertThat(storedSessions()).as("sessions stored after reading").isEqualTo(sessions);
        assertThat(AppInstance.setCookie(app.get("/login"), "XSRF-TOKEN"))
                .as("the sign-in form's CSRF cookie")
                .contains("HttpOnly")
                .contains("SameSite=Lax");

        HttpResponse<String> signedIn = app.signIn(editor);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(AppInstance.setCookie(signedIn, "SESSION")).contains("HttpOnly");
        assertThat(storedSessions()).as("the sign-in's session").isEqualTo(sessions + 1);
    }

    private long storedSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
    }
}
