package com.chuhai.tracker.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins, by form or by HTTP Basic: after {@value #MAX_FAILURES} in a row the account
 * is locked for {@link #LOCK}, so that a password cannot be guessed by trying. A success resets the count.
 * Plain SQL, one statement per event, so that concurrent attempts count correctly.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username =
                AppUser.normalise(String.valueOf(event.getAuthentication().getName()));
        int locked = jdbc.sql("""
                        UPDATE app_user
                        SET failed_logins = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now
                                                 THEN 1 ELSE failed_logins + 1 END,
                            locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= :now THEN NULL
                                                WHEN failed_logins + 1 >= :max THEN :until
                                                ELSE locked_until END
                        WHERE username = :username""")
                .param("max", MAX_FAILURES)
                .param("now", Timestamp.from(clock.instant()))
                .param("until", Timestamp.from(clock.instant().plus(LOCK)))
                .param("username", username)
                .update();
        if (locked > 0) {
            log.info("Failed sign-in for '{}'", username);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("""
                        UPDATE app_user SET failed_logins = 0, locked_until = NULL
                        WHERE username = :username AND (failed_logins > 0 OR locked_until IS NOT NULL)""")
                .param("username", AppUser.normalise(event.getAuthentication().getName()))
                .update();
    }
}
