package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class AdminAccessTest {

    /** Attempts per account and address before it waits (app.sign-in.max-failures). */
    private static final int SIGN_IN_LIMIT = 5;

    /** The address of most tests' sign-ins. */
    private static final String CLIENT = "192.0.2.10";

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

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
        Login viewer = data.user(Role.VIEWER);
        Login editor = data.user(Role.EDITOR);
        SessionCookie session = new SessionCookie();
        signIn(viewer, session);
        String before = session.value();
        assertThat(before).as("the viewer's session").isNotNull();

        MvcTestResult result = session.keep(mvc.post()
                .uri("/login")
                .with(session)
                .param("username", editor.username())
                .param("password", editor.password())
                .with(csrf())
                .exchange());

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().endsWith("/admin");
        assertThat(session.value())
                .as("a new session id at sign-in")
                .isNotNull()
                .isNotEqualTo(before);
        assertThat(mvc.get().uri("/admin").with(session)).hasStatusOk();
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie session = new SessionCookie();
        signIn(editor, session);
        assertThat(mvc.get().uri("/admin").with(session)).hasStatusOk();
        String id = new String(java.util.Base64.getDecoder().decode(session.value()));
        // Begun 12 hours and a minute ago (app.session.absolute-timeout: 12h), used a moment ago.
        jdbc.sql("UPDATE spring_session SET creation_time = creation_time - :age WHERE session_id = :id")
                .param("age", java.time.Duration.ofHours(12).plusMinutes(1).toMillis())
                .param("id", id)
                .update();

        assertThat(mvc.get().uri("/admin").with(session))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .as("the session is ended, not only refused")
                .isZero();
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
    void afterAWaitOneAttemptIsAdmittedAndItsFailureDoublesTheWait() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i <= SIGN_IN_LIMIT; i++) {
            signIn(editor.username(), "wrong-" + i, CLIENT);
        }
        assertThat(throttle(editor.username(), CLIENT)).isEqualTo("blocks=1");
        waitIsOver(editor.username(), CLIENT);

        assertThat(signIn(editor.username(), "one typo", CLIENT)).endsWith("/login?error");
        assertThat(throttle(editor.username(), CLIENT))
                .as("admitted, not yet blocked again")
                .isEqualTo("blocks=1");
        assertThat(signIn(editor.username(), "another typo", CLIENT)).endsWith("/login?error");
        assertThat(throttle(editor.username(), CLIENT)).isEqualTo("blocks=2");
        assertThat(jdbc.sql("""
                        SELECT CAST(EXTRACT(EPOCH FROM blocked_until - updated_at) AS INTEGER) FROM sign_in_throttle
                        WHERE username = ? AND client = ?""")
                        .param(editor.username())
                        .param(CLIENT)
                        .query(Integer.class)
                        .single())
                .as("the second wait is twice the first (1 min)")
                .isBetween(119, 121);
    }

    /** Makes the pair's current wait end now, as if the time had passed. */
    private void waitIsOver(String username, String client) {
        jdbc.sql("UPDATE sign_in_throttle SET blocked_until = ? WHERE username = ? AND client = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)))
                .param(username)
                .param(client)
                .update();
    }

    private String throttle(String username, String client) {
        return jdbc.sql("SELECT 'blocks=' || blocks FROM sign_in_throttle WHERE username = ? AND client = ?")
                .param(username)
                .param(client)
                .query(String.class)
                .single();
    }

    /** Signs in through the form from a client address; the address the answer redirects to. */
    /** Signs in through the form (with its CSRF token) and keeps the session in {@code session}. */
    private void signIn(Login login, SessionCookie session) {
        session.keep(mvc.post()
                .uri("/login")
                .param("username", login.username())
                .param("password", login.password())
                .with(csrf())
                .exchange());
    }

    private String signIn(String username, String password, String client) {
        return mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(client);
                    return request;
                })
                .exchange()
                .getResponse()
                .getRedirectedUrl();
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
        signIn(editor, session);
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
    void fiveWrongPasswordsFromOneAddressHoldBackEvenTheRightOneFromThereButNotTheOwnerElsewhere() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i < SIGN_IN_LIMIT; i++) {
            assertThat(signIn(editor.username(), "wrong-" + i, "203.0.113.7")).endsWith("/login?error");
        }

        assertThat(signIn(editor.username(), editor.password(), "203.0.113.7"))
                .as("the guesser's address waits")
                .endsWith("/login?error");
        assertThat(signIn(editor.username(), editor.password(), "198.51.100.20"))
                .as("the owner, from their own address, is not locked out by a stranger")
                .endsWith("/admin");
    }

    @Test
    void aParallelBurstOfGuessesGetsNoMorePasswordsCheckedThanTheLimit() throws Exception {
        Login editor = data.user(Role.EDITOR);
        double checkedBefore = checkedAttempts();
        java.util.concurrent.ExecutorService guessers = java.util.concurrent.Executors.newFixedThreadPool(40);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String guess = "guess-" + i;
                guesses.add(guessers.submit(() -> {
                    start.await();
                    return mvc.get()
                            .uri("/api/v1/providers")
                            .with(httpBasic(editor.username(), guess))
                            .exchange()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            for (var guess : guesses) {
                assertThat(guess.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            guessers.shutdownNow();
        }

        assertThat(checkedAttempts() - checkedBefore)
                .as("passwords checked: counting and admitting are one atomic step")
                .isEqualTo(SIGN_IN_LIMIT);
        assertThat(mvc.get().uri("/api/v1/providers").with(httpBasic(editor.username(), editor.password())))
                .as("the right password, once the limit is passed")
                .hasStatus(401);
    }

    private double checkedAttempts() {
        var counter =
                meters.find("app.sign-in.attempts").tag("outcome", "checked").counter();
        return counter == null ? 0 : counter.count();
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
                        .param("password", "quiet-cobalt-meadow-17"))
                .hasStatus3xxRedirection();

        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.EDITOR);
        assertThat(encoder.matches("quiet-cobalt-meadow-17", created.getPasswordHash()))
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
                        .param("password", "quiet-cobalt-meadow-17"))
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
    void roleAndAccessChangesAreKeptInTheUsersHistoryForAdminsOnly() {
        Login editor = data.user(Role.EDITOR);
        AppUser stored = users.findByUsername(editor.username()).orElseThrow();
        assertThat(mvc.post()
                        .uri("/admin/users/" + editor.username())
                        .with(user("chief").roles("ADMIN"))
                        .with(csrf())
                        .param("role", "VIEWER")
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection();

        assertThat(mvc.get()
                        .uri("/admin/users/" + editor.username() + "/history")
                        .with(user("chief").roles("ADMIN")))
                .hasStatusOk()
                .bodyText()
                .contains("data-field=\"role\"")
                .contains("VIEWER")
                .contains("chief");
        assertThat(mvc.get()
                        .uri("/admin/users/" + editor.username() + "/history")
                        .with(user("e").roles("EDITOR")))
                .hasStatus(403);
        assertThat(jdbc.sql("""
                        SELECT r.username FROM app_user_aud a JOIN revinfo r ON r.rev = a.rev
                        WHERE a.id = :id AND a.role = 'VIEWER'""").param("id", stored.getId()).query(String.class).list())
                .containsExactly("chief");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM information_schema.columns
                        WHERE LOWER(table_name) = 'app_user_aud' AND LOWER(column_name) LIKE '%password_hash%'""").query(Long.class).single())
                .as("no password hash in the audit trail")
                .isZero();
    }

    @Test
    void disablingAUserEndsTheirSession() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie signedIn = new SessionCookie();
        signIn(editor, signedIn);
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
                        .param("replacement", "tidal-saffron-kettle-91")
                        .param("confirmation", "tidal-saffron-kettle-91"))
                .hasStatus(400);
        assertThat(mvc.post()
                        .uri("/account/password")
                        .with(user(viewer.username()).roles("VIEWER"))
                        .with(csrf())
                        .param("current", viewer.password())
                        .param("replacement", "tidal-saffron-kettle-91")
                        .param("confirmation", "tidal-saffron-kettle-91"))
                .hasStatus3xxRedirection();

        assertThat(encoder.matches(
                        "tidal-saffron-kettle-91",
                        users.findByUsername(viewer.username()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() {
        Login editor = data.user(Role.EDITOR);
        SessionCookie here = new SessionCookie();
        SessionCookie elsewhere = new SessionCookie();
        for (SessionCookie session : new SessionCookie[] {here, elsewhere}) {
            signIn(editor, session);
        }
        Cookie[] mine = here.cookies();
        Cookie[] other = elsewhere.cookies();

        assertThat(mvc.post()
                        .uri("/account/password")
                        .cookie(mine)
                        .with(csrf())
                        .param("current", editor.password())
                        .param("replacement", "tidal-saffron-kettle-91")
                        .param("confirmation", "tidal-saffron-kettle-91"))
                .hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/admin").cookie(mine))
                .as("this session goes on")
                .hasStatusOk();
        assertThat(mvc.get().uri("/admin").cookie(other))
                .as("the other one ends")
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/login?expired");
    }

    @Test
    void securityEventsAreLoggedInOneForm(org.springframework.boot.test.system.CapturedOutput output) {
        String username = TestData.unique("logged");
        mvc.post()
                .uri("/admin/users")
                .with(user("the-admin").roles("ADMIN"))
                .with(csrf())
                .param("username", username)
                .param("role", "EDITOR")
                .param("password", "quiet-cobalt-meadow-17")
                .exchange();
        mvc.get().uri("/admin/users").with(user("an-editor").roles("EDITOR")).exchange();
        signIn(username, "not-the-password", "192.0.2.99");

        assertThat(output.getOut())
                .contains("security event=user-created user='" + username + "' role=EDITOR by='the-admin'")
                .contains("security event=access-refused user='an-editor' path=/admin/users")
                .contains("security event=sign-in-failed user='" + username + "' client=192.0.2.99");
    }

    @Test
    void anImplausibleUsernameIsABadCredentialNotAFailure() {
        for (String name : new String[] {"x".repeat(200), "nul\u0000name", "line\nbreak"}) {
            assertThat(mvc.get().uri("/api/v1/providers").with(httpBasic(name, "whatever-password")))
                    .as(name.length() > 20 ? "a 200-character name" : name)
                    .hasStatus(401);
        }
    }

    @Test
    void guessesOfTheCurrentPasswordAreThrottledLikeSignIns() {
        Login editor = data.user(Role.EDITOR);
        for (int i = 0; i < SIGN_IN_LIMIT; i++) {
            changeOwnPassword(editor, "wrong-" + i).hasStatus(400);
        }
        changeOwnPassword(editor, editor.password())
                .as("the right one, once the limit is passed")
                .hasStatus(400);
        assertThat(encoder.matches(
                        editor.password(),
                        users.findByUsername(editor.username()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResultAssert changeOwnPassword(
            Login editor, String current) {
        return assertThat(mvc.post()
                .uri("/account/password")
                .with(user(editor.username()).roles("EDITOR"))
                .with(csrf())
                .param("current", current)
                .param("replacement", "tidal-saffron-kettle-91")
                .param("confirmation", "tidal-saffron-kettle-91"));
    }
}
