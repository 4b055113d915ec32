package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/** The statistics cache computes a missing value once for a burst of readers and never keeps a stale one. */
class FreshCacheTest {

    final FreshCache cache = new FreshCache(new ConcurrentMapCache("stats"));
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
}
