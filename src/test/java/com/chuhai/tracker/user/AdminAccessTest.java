package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.SessionCookie;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Signing in and out, who may reach which admin page, CSRF, lock-out, users and passwords. */
@IntegrationTest
class AdminAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anonymousReadersAreSentToTheLoginPage() {
        assertThat(mvc.get().uri("/admin"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText().contains("name=\"_csrf\"");
    }

    @Test
    void signingInChangesTheSessionAndLeadsToAdmin() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie session = new SessionCookie();
        session.keep(mvc.get().uri("/login").exchange());
        String before = session.value();
        assertThat(before).as("the sign-in form's session").isNotNull();

        MvcTestResult result = session.keep(mvc.post()
                .uri("/login")
                .with(session)
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange());

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/admin");
        assertThat(session.value()).isNotNull().isNotEqualTo(before);
        assertThat(mvc.get().uri("/admin").with(session)).hasStatusOk();
    }

    @Test
    void aViewerLandsOnTheDashboardNotOnAForbiddenPage() {
        Login viewer = data.user(Role.VIEWER);

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", viewer.username())
                        .param("password", viewer.password())
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/");
    }

    @Test
    void aLockExpiresAndTheCountStartsAgain() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.post()
                    .uri("/login")
                    .param("username", editor.username())
                    .param("password", "x")
                    .with(csrf())
                    .exchange();
        }
        jdbcLockExpired(editor.username());

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", editor.username())
                        .param("password", "one typo")
                        .with(csrf()))
                .redirectedUrl()
                .endsWith("/login?error");
        AppUser after = users.findByUsername(editor.username()).orElseThrow();
        assertThat(after.getLockedUntil()).isNull();
        assertThat(after.getFailedLogins()).isEqualTo(1);
    }

    private void jdbcLockExpired(String username) {
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)))
                .param(username)
                .update();
    }

    @Test
    void aLoginWithoutItsCsrfTokenIsRefused() {
        Login editor = data.user(Role.EDITOR);

        assertThat(mvc.post().uri("/login").param("username", editor.username()).param("password", editor.password()))
                .hasStatus(403);
    }

    @Test
    void signingOutEndsTheSession() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie session = new SessionCookie();
        session.keep(mvc.post()
                .uri("/login")
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange());
        Cookie[] signedIn = session.cookies();
        assertThat(mvc.get().uri("/admin").cookie(signedIn)).hasStatusOk();

        assertThat(session.keep(
                        mvc.post().uri("/logout").cookie(signedIn).with(csrf()).exchange()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?loggedOut");
        assertThat(session.value()).as("the cookie is deleted").isNull();
        assertThat(mvc.get().uri("/admin").cookie(signedIn))
                .as("the old session is gone")
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(mvc.post()
                            .uri("/login")
                            .param("username", editor.username())
                            .param("password", "wrong-" + i)
                            .with(csrf()))
                    .redirectedUrl()
                    .endsWith("/login?error");
        }

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", editor.username())
                        .param("password", editor.password())
                        .with(csrf()))
                .redirectedUrl()
                .endsWith("/login?error");
        assertThat(users.findByUsername(editor.username()).orElseThrow().getLockedUntil())
                .isNotNull();
    }

    @Test
    void onlyAdminsManageUsers() {
        assertThat(mvc.get().uri("/admin/users").with(user("e").roles("EDITOR")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin").with(user("v").roles("VIEWER"))).hasStatus(403);
        assertThat(mvc.get().uri("/admin/users").with(user("a").roles("ADMIN"))).hasStatusOk();
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        String username = TestData.unique("new");

        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("username", username)
                        .param("role", "EDITOR")
                        .param("password", "long-enough-password"))
                .hasStatus3xxRedirection();

        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.EDITOR);
        assertThat(encoder.matches("long-enough-password", created.getPasswordHash()))
                .isTrue();
    }

    @Test
    void aUserFormWithoutCsrfOrWithAShortPasswordChangesNothing() {
        String username = TestData.unique("new");

        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user("a").roles("ADMIN"))
                        .param("username", username)
                        .param("role", "EDITOR")
                        .param("password", "long-enough-password"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/admin/users")
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("username", username)
                        .param("role", "EDITOR")
                        .param("password", "short"))
                .hasStatus(400)
                .bodyText()
                .contains("is-invalid")
                .contains("value=\"" + username + "\"");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void anAdminDisablesAUserAndAStaleFormChangesNothing() {
        Login editor = data.user(Role.EDITOR);
        AppUser stored = users.findByUsername(editor.username()).orElseThrow();

        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.username())
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection();
        assertThat(users.findByUsername(editor.username()).orElseThrow().isEnabled())
                .isFalse();

        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.username())
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "ADMIN")
                        .param("enabled", "true")
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection()
                .flash()
                .containsKey("problem");
        assertThat(users.findByUsername(editor.username()).orElseThrow().getRole())
                .isEqualTo(Role.EDITOR);
    }

    @Test
    void disablingAUserEndsTheirSession() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie signedIn = new SessionCookie();
        signedIn.keep(mvc.post()
                .uri("/login")
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange());
        Cookie[] session = signedIn.cookies();
        assertThat(mvc.get().uri("/admin").cookie(session)).hasStatusOk();
        AppUser stored = users.findByUsername(editor.username()).orElseThrow();

        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.username())
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin").cookie(session))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?expired");
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
        Login viewer = data.user(Role.VIEWER);

        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(user(viewer.username()).roles("VIEWER"))
                        .with(csrf())
                        .param("current", "not-it")
                        .param("replacement", "a-new-long-password")
                        .param("confirmation", "a-new-long-password"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(user(viewer.username()).roles("VIEWER"))
                        .with(csrf())
                        .param("current", viewer.password())
                        .param("replacement", "a-new-long-password")
                        .param("confirmation", "a-new-long-password"))
                .hasStatus3xxRedirection();

        assertThat(encoder.matches(
                        "a-new-long-password",
                        users.findByUsername(viewer.username()).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
