package com.chuhai.tracker.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Token buckets per client address (Bucket4j), kept in memory for an hour after their last use: each
 * instance limits what reaches it. {@link #take} says whether a request may go on, or how long to wait.
 */
final class RateLimits {

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1))
            .maximumSize(100_000)
            .build();

    RateLimits(int perMinute) {
        this.perMinute = perMinute;
    }

    /** Null when the client may go on; else the seconds to wait before the next request is let through. */
    Long take(String client) {
        ConsumptionProbe probe = bucketOf(client).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    /** Gives back a token {@link #take} took, for a request that turned out not to count (never above capacity). */
    void giveBack(String client) {
        bucketOf(client).addTokens(1);
    }

    private Bucket bucketOf(String client) {
        return buckets.get(
                client,
                key -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillIntervally(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
    }

    /**
     * {@code app.rate-limit.sign-in-per-minute}: sign-in attempts per client address (10): forms
     * posted, and requests with wrong HTTP Basic credentials;
     * {@code app.rate-limit.statistics-per-minute}: statistics and dashboard requests per anonymous
     * client address (60); {@code app.rate-limit.suggestions-per-minute}: suggestions sent per anonymous
     * client address (5).
     */
    @ConfigurationProperties("app.rate-limit")
    record Settings(
            @DefaultValue("10") int signInPerMinute,
            @DefaultValue("60") int statisticsPerMinute,
            @DefaultValue("5") int suggestionsPerMinute,
            @DefaultValue("64KB") DataSize suggestionMaxBody) {}
}
