package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcTestResult result = mvc.post()
                .uri("/login")
                .session(session)
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/admin");
        HttpSession after = result.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(before);
        assertThat(mvc.get().uri("/admin").session((MockHttpSession) after)).hasStatusOk();
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
        MvcTestResult signedIn = mvc.post()
                .uri("/login")
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        assertThat(mvc.post().uri("/logout").session(session).with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?loggedOut");
        assertThat(session.isInvalid()).isTrue();
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
        MockHttpSession session = (MockHttpSession) mvc.post()
                .uri("/login")
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange()
                .getRequest()
                .getSession(false);
        assertThat(mvc.get().uri("/admin").session(session)).hasStatusOk();
        AppUser stored = users.findByUsername(editor.username()).orElseThrow();

        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.username())
                        .with(user("a").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin").session(session))
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
