package com.chuhai.tracker.system;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many values of a cache may be computed at once: above that, a computation waits at most
 * {@code wait} for a permit and is then refused with a {@link TooBusyException}. The statistics run behind
 * such a budget, smaller than the connection pool, so a burst of uncached statistics (every date is a
 * new cache key) can never take every connection from cached reads, pages, sign-in and writes.
 */
final class ComputeBudget {

    /** No limit: caches whose values are cheap to compute. */
    static final ComputeBudget UNLIMITED = new ComputeBudget(Integer.MAX_VALUE, Duration.ZERO, "problem.busy");

    private final Semaphore permits;
    private final int size;
    private final Duration wait;
    private final String reason;

    /** {@code reason}: the message key a refused request is answered with. */
    ComputeBudget(int size, Duration wait, String reason) {
        if (size < 1) {
            throw new IllegalArgumentException("A compute budget needs at least one permit, not " + size);
        }
        this.permits = new Semaphore(size, true);
        this.size = size;
        this.wait = wait;
        this.reason = reason;
    }

    /** A permit, released when closed; waits at most the budget's wait. */
    Permit acquire() {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TooBusyException(reason);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TooBusyException(reason);
        }
        return permits::release;
    }

    /** Computations running now. */
    int inUse() {
        return size == Integer.MAX_VALUE ? 0 : size - permits.availablePermits();
    }

    /** A permit to compute; closing it gives it back. */
    interface Permit extends AutoCloseable {

        @Override
        void close();
    }
}
