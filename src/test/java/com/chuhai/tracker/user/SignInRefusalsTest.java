package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.web.ApiAuthProblems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No oracle: an unknown username, a disabled account and an account throttled after too many failures
 * (each with what could be its password) get the very answer a wrong password gets, over HTTP Basic and
 * by the sign-in form, after the same work: one BCrypt check of the presented password, at the cost of
 * the accounts' own hashes. The time is not measured (that would be a flaky test); the work is, by a spy
 * on the password encoder and the {@code app.sign-in.attempts} counters.
 */
@IntegrationTest
class SignInRefusalsTest {

    /** Attempts per account and address before it waits (app.sign-in.max-failures). */
    private static final int SIGN_IN_LIMIT = 5;

    /** A hash as DelegatingPasswordEncoder stores BCrypt's at cost 10, the cost of every account's. */
    private static final String BCRYPT_AT_COST_10 = "\\{bcrypt}\\$2[aby]\\$10\\$[./A-Za-z0-9]{53}";

    @MockitoSpyBean
    PasswordEncoder encoder;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    AppUserRepository users;

    @Autowired
    MeterRegistry meters;

    @Test
    void overHttpBasicUnknownDisabledAndThrottledAccountsGetTheWrongPasswordsAnswerAfterTheSameWork() {
        String client = "198.51.100.131";
        Function<Login, MvcTestResult> apiWrite = login -> mvc.post()
                .uri("/api/v1/providers")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(httpBasic(login.username(), login.password()))
                .with(from(client))
                .exchange();
        Login unknown = new Login(TestData.unique("nobody"), "a-password-of-nobody");
        Login disabled = disabled(data.user(Role.EDITOR));
        Login throttled = throttled(data.user(Role.EDITOR), apiWrite);
        Login editor = data.user(Role.EDITOR);
        Login wrong = new Login(editor.username(), "not-" + editor.password());

        Refusal wrongPassword = measure(wrong, apiWrite);
        assertThat(wrongPassword.answer().status()).isEqualTo(401);
        String challenge = "Basic realm=\"" + ApiAuthProblems.REALM + "\", charset=\"UTF-8\"";
        assertThat(wrongPassword.answer().headers()).containsEntry("WWW-Authenticate", List.of(challenge));
        assertThat(wrongPassword.answer().body())
                .contains("\"title\":\"Sign-in required\"")
                .contains("\"detail\":\"Sign in with HTTP Basic as an editor or admin to change data.\"");

        assertSameAnswerAfterTheSameWork(
                wrongPassword, measure(unknown, apiWrite), measure(disabled, apiWrite), measure(throttled, apiWrite));
    }

    @Test
    void byTheSignInFormUnknownDisabledAndThrottledAccountsGetTheWrongPasswordsAnswerAfterTheSameWork() {
        String client = "198.51.100.132";
        Function<Login, MvcTestResult> signIn = login -> mvc.post()
                .uri("/login")
                .param("username", login.username())
                .param("password", login.password())
                .with(csrf())
                .with(from(client))
                .exchange();
        Login unknown = new Login(TestData.unique("nobody"), "a-password-of-nobody");
        Login disabled = disabled(data.user(Role.EDITOR));
        Login throttled = throttled(data.user(Role.EDITOR), signIn);
        Login editor = data.user(Role.EDITOR);
        Login wrong = new Login(editor.username(), "not-" + editor.password());

        Refusal wrongPassword = measure(wrong, signIn);
        assertThat(wrongPassword.answer().status()).isEqualTo(302);
        assertThat(wrongPassword.answer().headers().get("Location"))
                .singleElement()
                .asString()
                .endsWith("/login?error");

        assertSameAnswerAfterTheSameWork(
                wrongPassword, measure(unknown, signIn), measure(disabled, signIn), measure(throttled, signIn));
    }

    /**
     * The unknown, disabled and throttled attempts are answered exactly as the wrong password (status,
     * headers, body), each after one BCrypt check of the presented password at the same cost; the
     * throttled one is counted as refused by the throttle, the others as checked.
     */
    private static void assertSameAnswerAfterTheSameWork(
            Refusal wrongPassword, Refusal unknown, Refusal disabled, Refusal throttled) {
        assertThat(unknown.answer()).as("an unknown username").isEqualTo(wrongPassword.answer());
        assertThat(disabled.answer()).as("a disabled account").isEqualTo(wrongPassword.answer());
        assertThat(throttled.answer()).as("a throttled account").isEqualTo(wrongPassword.answer());
        for (Refusal refusal : List.of(wrongPassword, unknown, disabled, throttled)) {
            assertThat(refusal.checks())
                    .as("the BCrypt work for " + refusal.attempt().username())
                    .singleElement()
                    .satisfies(check -> {
                        assertThat(check.presented())
                                .isEqualTo(refusal.attempt().password());
                        assertThat(check.hash()).matches(BCRYPT_AT_COST_10);
                    });
        }
        for (Refusal refusal : List.of(wrongPassword, unknown, disabled)) {
            assertThat(refusal.countedChecked())
                    .as(refusal.attempt().username())
                    .isEqualTo(1);
            assertThat(refusal.countedThrottled())
                    .as(refusal.attempt().username())
                    .isZero();
        }
        assertThat(throttled.countedChecked())
                .as("the throttled account's password is not looked at")
                .isZero();
        assertThat(throttled.countedThrottled()).isEqualTo(1);
    }

    /** The account, disabled by an admin: its right password no longer signs in. */
    private Login disabled(Login login) {
        AppUser stored = users.findByUsername(login.username()).orElseThrow();
        assertThat(mvc.post()
                        .uri("/admin/users/" + login.username())
                        .with(user("an-admin").roles("ADMIN"))
                        .with(csrf())
                        .param("role", stored.getRole().name())
                        .param("version", String.valueOf(stored.getVersion())))
                .hasStatus3xxRedirection();
        assertThat(users.findByUsername(login.username()).orElseThrow().isEnabled())
                .as("disabled")
                .isFalse();
        return login;
    }

    /** The account after as many wrong passwords from this client as it may have: its next attempt waits. */
    private Login throttled(Login login, Function<Login, MvcTestResult> attempt) {
        for (int i = 0; i < SIGN_IN_LIMIT; i++) {
            attempt.apply(new Login(login.username(), "wrong-" + i));
        }
        return login;
    }

    /** Makes the attempt; what the client sees of it and the work the server did for it. */
    private Refusal measure(Login attempt, Function<Login, MvcTestResult> send) {
        Mockito.clearInvocations(encoder);
        double checked = attempts("checked");
        double throttled = attempts("throttled");
        Answer answer = Answer.of(send.apply(attempt).getResponse());
        List<PasswordCheck> checks = Mockito.mockingDetails(encoder).getInvocations().stream()
                .filter(invocation -> invocation.getMethod().getName().equals("matches"))
                .map(invocation -> new PasswordCheck(invocation.getArguments()[0].toString(), (String)
                        invocation.getArguments()[1]))
                .toList();
        return new Refusal(attempt, answer, checks, attempts("checked") - checked, attempts("throttled") - throttled);
    }

    private double attempts(String outcome) {
        Counter counter =
                meters.find("app.sign-in.attempts").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An attempt, what the client saw of it, its password checks and how the sign-in counters took it. */
    private record Refusal(
            Login attempt, Answer answer, List<PasswordCheck> checks, double countedChecked, double countedThrottled) {}

    /** One call of the encoder's {@code matches}: the password presented, the hash it was checked against. */
    private record PasswordCheck(String presented, String hash) {}

    /**
     * What a client sees of an answer: its status, its headers (of a Set-Cookie, only the cookie's name:
     * a new session's id is new every time) and its body.
     */
    private record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer of(MockHttpServletResponse response) {
            Map<String, List<String>> headers = new TreeMap<>();
            for (String name : response.getHeaderNames()) {
                List<String> values = response.getHeaders(name);
                headers.put(
                        name,
                        name.equalsIgnoreCase("Set-Cookie")
                                ? values.stream()
                                        .map(cookie -> cookie.substring(0, cookie.indexOf('=')))
                                        .toList()
                                : values);
            }
            String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
            return new Answer(response.getStatus(), headers, body);
        }
    }
}
