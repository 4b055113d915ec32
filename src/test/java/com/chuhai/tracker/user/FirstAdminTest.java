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

    @BeforeEach
    void withoutAdmins() {
        jdbc.sql("UPDATE app_user SET role = 'EDITOR' WHERE role = 'ADMIN'").update();
    }

    @Test
    void createsTheAdminFromTheEnvironment() throws Exception {
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, new AdminProperties(username, "chosen-password-1")).run(null);

        AppUser admin = users.findByUsername(username).orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("chosen-password-1");
        assertThat(encoder.matches("chosen-password-1", admin.getPasswordHash()))
                .isTrue();
    }

    @Test
    void generatesAndLogsOnceAPasswordWhenNoneIsGiven(CapturedOutput output) throws Exception {
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, new AdminProperties(username, null)).run(null);

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
        AdminProperties tooLong = new AdminProperties(TestData.unique("root"), "x".repeat(73));

        assertThatThrownBy(() -> new FirstAdmin(users, encoder, tooLong).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("72 bytes");
    }

    @Test
    void saysSoWhenTheUsernameBelongsToSomeoneWhoIsNotAnAdmin() {
        String taken = TestData.unique("editor");
        users.saveAndFlush(new AppUser(taken, encoder.encode("pw"), Role.EDITOR));

        assertThatThrownBy(() -> new FirstAdmin(users, encoder, new AdminProperties(taken, "pw2")).run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("APP_ADMIN_USERNAME");
    }

    @Test
    void leavesAnExistingAdminAlone() throws Exception {
        String existing = TestData.unique("boss");
        users.saveAndFlush(new AppUser(existing, encoder.encode("old"), Role.ADMIN));
        String username = TestData.unique("root");

        new FirstAdmin(users, encoder, new AdminProperties(username, "new-password")).run(null);

        assertThat(users.findByUsername(username)).isEmpty();
        assertThat(encoder.matches(
                        "old", users.findByUsername(existing).orElseThrow().getPasswordHash()))
                .isTrue();
    }
}
