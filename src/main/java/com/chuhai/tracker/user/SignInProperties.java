package com.chuhai.tracker.user;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in throttle: {@code app.sign-in.max-failures} attempts per account and client address
 * (5) before that pair waits {@code app.sign-in.first-delay} (1 min); every failure after a wait
 * doubles it, up to {@code app.sign-in.max-delay} (1 h). Across all addresses but those it was
 * signed in from in the last {@code app.sign-in.known-client-for} (30 days), an account gets
 * {@code app.sign-in.account-max-per-hour} password checks an hour (100).
 */
@ConfigurationProperties("app.sign-in")
record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("1m") Duration firstDelay,
        @DefaultValue("1h") Duration maxDelay,
        @DefaultValue("100") int accountMaxPerHour,
        @DefaultValue("30d") Duration knownClientFor) {}
