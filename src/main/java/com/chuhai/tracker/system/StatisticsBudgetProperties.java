package com.chuhai.tracker.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many uncached statistics may be computed at once ({@code app.statistics.concurrent}, 3 of the
 * pool's 10 connections by default) and how long one waits for its turn before it is answered 503
 * ({@code app.statistics.max-wait}, 1 s).
 */
@ConfigurationProperties("app.statistics")
record StatisticsBudgetProperties(
        @DefaultValue("3") int concurrent,
        @DefaultValue("1s") Duration maxWait) {}
