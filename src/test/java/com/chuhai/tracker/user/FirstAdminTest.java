package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The first admin, on an empty user table (emptied of admins inside a rolled-back transaction). */
@IntegrationTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

    @BeforeEach
    void withoutAdmins() {
        jdbc.sql("UPDATE app_user SET role = 'EDITOR' WHERE role = 'ADMIN'").update();
    }

    @Test
    void createsTheAdminFromTheEnvironment() throws Exception {
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, policy, new AdminProperties(username, "violet-harbour-lantern-42")).run(null);

        AppUser admin = users.findByUsername(username).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("violet-harbour-lantern-42");
        assertThat(encoder.matches("violet-harbour-lantern-42", admin.getPasswordHash()))
                .isTrue();
    }

    @Test
    void generatesAndLogsOnceAPasswordWhenNoneIsGiven(CapturedOutput output) throws Exception {
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, policy, new AdminProperties(username, null)).run(null);

        Matcher logged = Pattern.compile("'" + Pattern.quote(username) + "' with the generated password: (\\S+)")
                .matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        assertThat(encoder.matches(
                        logged.group(1),
                        users.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void refusesAPasswordLongerThanBcryptHashes() {
        AdminProperties tooLong = new AdminProperties(TestData.unique("root"), "长".repeat(25));

        assertThatThrownBy(() -> new FirstAdmin(users, encoder, policy, tooLong).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("72 bytes");
    }

    @Test
    void refusesAnAdminPasswordThatIsShortOrEasyToGuess() {
        for (String weak :
                new String[] {"short-pw", "password1234", "qwertyuiop123", "admin12345678", "iloveyou12345"}) {
            AdminProperties properties = new AdminProperties(TestData.unique("root"), weak);
            assertThatThrownBy(() -> new FirstAdmin(users, encoder, policy, properties).run(null))
                    .as(weak)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("APP_ADMIN_PASSWORD");
        }
    }

    @Test
    void countsCharactersNotBytesSoALongChinesePassphraseIsWelcome() {
        assertThat(policy.problem("someone", "海上明月共潮生天涯共此时")).isNull();
        assertThat(policy.problem("someone", "海上明月共潮生")).isEqualTo("user.passwordShort");
        assertThat(policy.problem("someone", "海上明月共潮生天涯共此时。海上明月共潮生天涯共此时"))
                .as("more than 72 bytes: refused, never cut")
                .isEqualTo("user.passwordLong");
        assertThat(policy.problem("quiet-cobalt", "quiet-cobalt"))
                .as("the username")
                .isNotNull();
    }

    @Test
    void aGeneratedPasswordMustBeReplacedAtTheFirstSignIn(CapturedOutput output) throws Exception {
        String username = TestData.unique("root");
        new FirstAdmin(users, encoder, policy, new AdminProperties(username, null)).run(null);
        Matcher logged = Pattern.compile("'" + Pattern.quote(username) + "' with the generated password: (\\S+)")
                .matcher(output.getOut());
        assertThat(logged.find()).isTrue();

        com.chuhai.tracker.support.SessionCookie session = new com.chuhai.tracker.support.SessionCookie();
        var signedIn = session.keep(mvc.post()
                .uri("/login")
                .param("username", username)
                .param("password", logged.group(1))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .exchange());
        assertThat(signedIn).hasStatus(302).redirectedUrl().endsWith("/account/password?required");
        assertThat(mvc.get().uri("/admin").cookie(session.cookies()))
                .as("nothing else until the password is changed")
                .hasStatus(403);
        assertThat(mvc.get().uri("/account/password?required").cookie(session.cookies()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"password-required\"");
    }

    @Test
    void saysSoWhenTheUsernameBelongsToSomeoneWhoIsNotAnAdmin() {
        String taken = TestData.unique("editor");
        users.saveAndFlush(new AppUser(taken, encoder.encode("pw"), Role.EDITOR));

        assertThatThrownBy(() -> new FirstAdmin(users, encoder, policy, new AdminProperties(taken, "pw2")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_USERNAME");
    }

    @Test
    void leavesAnExistingAdminAlone() throws Exception {
        String existing = TestData.unique("boss");
        users.saveAndFlush(new AppUser(existing, encoder.encode("old"), Role.ADMIN));
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, policy, new AdminProperties(username, "new-password")).run(null);

        assertThat(users.findByUsername(username)).isEmpty();
        assertThat(encoder.matches(
                        "old", users.findByUsername(existing).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
