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
 * {@code maxDelay}). A correct password forgets the pair. Another address is another pair, so a
 * stranger cannot lock the owner out of their account.
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

    /** A correct password: the pair starts afresh. */
    void succeeded(String username, String client) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = :username AND client = :client")
                .param("username", username)
                .param("client", client)
                .update();
    }

    /** Pairs left alone for a day are forgotten, so that the table does not grow with every guess. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetOldPairs() {
        Timestamp dayAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(1)));
        jdbc.sql("""
                        DELETE FROM sign_in_throttle
                        WHERE updated_at < :dayAgo AND (blocked_until IS NULL OR blocked_until < :dayAgo)""").param("dayAgo", dayAgo).update();
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
                        SELECT attempts, blocks, blocked_until FROM sign_in_throttle
                        WHERE username = :username AND client = :client""")
                .param("username", username)
                .param("client", client)
                .query((rs, n) -> new Pair(
                        rs.getInt("attempts"),
                        rs.getInt("blocks"),
                        rs.getTimestamp("blocked_until") == null
                                ? null
                                : rs.getTimestamp("blocked_until").toInstant()))
                .single();
        if (pair.blockedUntil() != null && pair.blockedUntil().isAfter(now)) {
            return false;
        }
        int attempts = (pair.blockedUntil() == null ? pair.attempts() : 0) + 1;
        int allowance = pair.blocks() == 0 ? properties.maxFailures() : 1;
        boolean admitted = attempts <= allowance;
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

    /** The wait after {@code blocks} earlier ones: the first delay, doubled each time, capped. */
    private Duration delay(int blocks) {
        Duration delay = properties.firstDelay();
        for (int i = 0; i < blocks && delay.compareTo(properties.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private record Pair(int attempts, int blocks, Instant blockedUntil) {}
}
