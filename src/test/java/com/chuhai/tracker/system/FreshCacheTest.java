package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/** The statistics cache computes a missing value once for a burst of readers and never keeps a stale one. */
class FreshCacheTest {

    final FreshCache cache = new FreshCache(new ConcurrentMapCache("stats"), ComputeBudget.UNLIMITED);
    final AtomicInteger computations = new AtomicInteger();

    @Test
    void aBurstOfReadersOfAMissingValueComputesItOnce() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("key", () -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            return "value " + computations.incrementAndGet();
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second =
                CompletableFuture.supplyAsync(() -> cache.get("key", () -> "value " + computations.incrementAndGet()));
        Thread.sleep(100);

        release.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("value 1");
        assertThat(computations).hasValue(1);
    }

    @Test
    void aValueComputedWhileDataChangedIsNotKeptAndLaterReadersDoNotWaitForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> before = CompletableFuture.supplyAsync(() -> cache.get("key", () -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            return "old";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        cache.clear();
        String after = cache.get("key", () -> "new");
        release.countDown();

        assertThat(after).as("a reader after the change computes afresh").isEqualTo("new");
        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("old");
        assertThat(cache.get("key", () -> "recomputed"))
                .as("the stale value was not kept")
                .isEqualTo("new");
    }

    @Test
    void aComputationBeyondTheBudgetWaitsBrieflyThenIsRefusedWhileReadersOfARunningOneNeedNoPermit() throws Exception {
        FreshCache budgeted = new FreshCache(
                new ConcurrentMapCache("stats"),
                new ComputeBudget(1, Duration.ofMillis(200), "problem.statisticsBusy"));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> budgeted.get("slow", () -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "slow value";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> sameKey = CompletableFuture.supplyAsync(() -> budgeted.get("slow", () -> "again"));

        assertThatThrownBy(() -> budgeted.get("other", () -> "other value"))
                .isInstanceOf(TooBusyException.class)
                .satisfies(e -> assertThat(((TooBusyException) e).getHeaders().getFirst("Retry-After"))
                        .isEqualTo(String.valueOf(TooBusyException.RETRY_AFTER_SECONDS)));
        release.countDown();

        assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("slow value");
        assertThat(sameKey.get(5, TimeUnit.SECONDS))
                .as("waited for the running one")
                .isEqualTo("slow value");
        assertThat(budgeted.get("other", () -> "other value"))
                .as("the permit came back")
                .isEqualTo("other value");
    }
}
