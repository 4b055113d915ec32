package com.chuhai.tracker.user;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles sign-in attempts per account and client address, in the database so that it holds across
 * instances. An attempt is admitted (its password checked) or refused in one atomic step, under the
 * pair's row lock, before the password is looked at: a parallel burst of guesses gets at most
 * {@code maxFailures} passwords checked, whatever their order. Past that the pair waits
 * {@code firstDelay}; after each wait one attempt is admitted, and its failure doubles the wait (up to
 * {@code maxDelay}). A correct password forgets the pair's failures and makes the address known to
 * the account for {@code knownClientFor}. Another address is another pair, so a stranger cannot lock
 * the owner out of their account. Many addresses guessing one account share a ceiling of
 * {@code accountMaxPerHour} password checks an hour, under the account's row lock (taken after the
 * pair's, always in that order); the account's known addresses are not held by it, so the owner
 * still signs in from the devices they use while a distributed guesser is held.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInProperties properties;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether this attempt may have its password checked; counts it either way. */
    boolean admit(String username, String client) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> decide(username, client)));
        } catch (DataIntegrityViolationException firstAttemptsAtOnce) {
            // Two first attempts of a pair raced to create its row; the row exists now.
            return Boolean.TRUE.equals(ownTransaction.execute(status -> decide(username, client)));
        }
    }

    /** A correct password: the pair starts afresh, and the address is known to the account for a while. */
    void succeeded(String username, String client) {
        jdbc.sql("""
                        UPDATE sign_in_throttle
                        SET attempts = 0, blocks = 0, blocked_until = NULL, known_until = :knownUntil
                        WHERE username = :username AND client = :client""")
                .param("knownUntil", Timestamp.from(clock.instant().plus(properties.knownClientFor())))
                .param("username", username)
                .param("client", client)
                .update();
    }

    /**
     * Pairs left alone for a day (and no longer known) and accounts' past hours are forgotten, so
     * that the tables do not grow with every guess.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetOldPairs() {
        Instant now = clock.instant();
        Timestamp dayAgo = Timestamp.from(now.minus(Duration.ofDays(1)));
        jdbc.sql("""
                        DELETE FROM sign_in_throttle
                        WHERE updated_at < :dayAgo AND (blocked_until IS NULL OR blocked_until < :dayAgo)
                          AND (known_until IS NULL OR known_until < :now)""").param("dayAgo", dayAgo).param("now", Timestamp.from(now)).update();
        jdbc.sql("DELETE FROM sign_in_account WHERE window_start < :dayAgo")
                .param("dayAgo", dayAgo)
                .update();
    }

    private boolean decide(String username, String client) {
        Instant now = clock.instant();
        jdbc.sql("""
                        MERGE INTO sign_in_throttle t
                        USING (SELECT CAST(:username AS VARCHAR(100)) AS username,
                                      CAST(:client AS VARCHAR(64)) AS client) s
                        ON (t.username = s.username AND t.client = s.client)
                        WHEN MATCHED THEN UPDATE SET updated_at = :now
                        WHEN NOT MATCHED THEN INSERT (username, client, attempts, blocks, updated_at)
                                              VALUES (s.username, s.client, 0, 0, :now)""")
                .param("username", username)
                .param("client", client)
                .param("now", Timestamp.from(now))
                .update();
        Pair pair = jdbc.sql("""
                        SELECT attempts, blocks, blocked_until, known_until FROM sign_in_throttle
                        WHERE username = :username AND client = :client""")
                .param("username", username)
                .param("client", client)
                .query((rs, n) -> new Pair(
                        rs.getInt("attempts"),
                        rs.getInt("blocks"),
                        instant(rs.getTimestamp("blocked_until")),
                        instant(rs.getTimestamp("known_until"))))
                .single();
        if (pair.blockedUntil() != null && pair.blockedUntil().isAfter(now)) {
            return false;
        }
        int attempts = (pair.blockedUntil() == null ? pair.attempts() : 0) + 1;
        int allowance = pair.blocks() == 0 ? properties.maxFailures() : 1;
        boolean admitted = attempts <= allowance;
        boolean known = pair.knownUntil() != null && pair.knownUntil().isAfter(now);
        if (admitted && !known && !accountAdmits(username, now)) {
            return false;
        }
        int blocks = admitted ? pair.blocks() : pair.blocks() + 1;
        Instant blockedUntil = admitted ? null : now.plus(delay(pair.blocks()));
        jdbc.sql("""
                        UPDATE sign_in_throttle SET attempts = :attempts, blocks = :blocks, blocked_until = :until
                        WHERE username = :username AND client = :client""")
                .param("attempts", admitted ? attempts : 0)
                .param("blocks", blocks)
                .param("until", blockedUntil == null ? null : Timestamp.from(blockedUntil))
                .param("username", username)
                .param("client", client)
                .update();
        return admitted;
    }

    /**
     * Whether the account's ceiling of password checks this hour, from addresses it does not know,
     * lets one more through; counts it when it does.
     */
    private boolean accountAdmits(String username, Instant now) {
        jdbc.sql("""
                        MERGE INTO sign_in_account a
                        USING (SELECT CAST(:username AS VARCHAR(100)) AS username) s
                        ON (a.username = s.username)
                        WHEN MATCHED THEN UPDATE SET checks = a.checks
                        WHEN NOT MATCHED THEN INSERT (username, window_start, checks) VALUES (s.username, :now, 0)""")
                .param("username", username)
                .param("now", Timestamp.from(now))
                .update();
        Window window = jdbc.sql("SELECT window_start, checks FROM sign_in_account WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> new Window(rs.getTimestamp("window_start").toInstant(), rs.getInt("checks")))
                .single();
        boolean newHour = !window.start().plus(Duration.ofHours(1)).isAfter(now);
        int checks = newHour ? 0 : window.checks();
        if (checks >= properties.accountMaxPerHour()) {
            return false;
        }
        jdbc.sql("UPDATE sign_in_account SET window_start = :start, checks = :checks WHERE username = :username")
                .param("start", Timestamp.from(newHour ? now : window.start()))
                .param("checks", checks + 1)
                .param("username", username)
                .update();
        return true;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The wait after {@code blocks} earlier ones: the first delay, doubled each time, capped. */
    private Duration delay(int blocks) {
        Duration delay = properties.firstDelay();
        for (int i = 0; i < blocks && delay.compareTo(properties.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private record Pair(int attempts, int blocks, Instant blockedUntil, Instant knownUntil) {}

    /** An account's current hour of checks from unknown addresses: when it began, how many so far. */
    private record Window(Instant start, int checks) {}
}
