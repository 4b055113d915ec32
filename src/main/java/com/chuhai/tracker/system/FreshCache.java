package com.chuhai.tracker.system;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cache.Cache;

/**
 * A cache that never keeps a value computed from data older than its last clear: a value whose
 * computation began before a clear (a read racing a write's commit) is returned to its caller but not
 * stored. Used through {@code @Cacheable(sync = true)}, which computes through {@link #get(Object,
 * Callable)}. A value to compute first takes a permit of the cache's {@link ComputeBudget} (the
 * statistics' budget keeps a burst of expensive reads from taking every database connection); readers
 * waiting for a value another is computing need none.
 */
final class FreshCache implements Cache {

    private final Cache delegate;
    private final ComputeBudget budget;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentMap<Object, Loading> loading = new ConcurrentHashMap<>();

    /** A value being computed, and the generation it was started in. */
    private record Loading(long generation, CompletableFuture<Object> result) {}

    FreshCache(Cache delegate, ComputeBudget budget) {
        this.delegate = delegate;
        this.budget = budget;
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Object getNativeCache() {
        return delegate.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return delegate.get(key);
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return delegate.get(key, type);
    }

    /**
     * The cached value, or one computed now: by this caller, or by the caller already computing it
     * since the last clear, whose answer the others wait for (so that a burst of requests for an
     * uncached statistic runs its query once, not once per request).
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper cached = delegate.get(key);
        if (cached != null) {
            return (T) cached.get();
        }
        long before = generation.get();
        Loading mine = new Loading(before, new CompletableFuture<>());
        Loading running = loading.putIfAbsent(key, mine);
        if (running != null && running.generation() == before) {
            return (T) await(key, valueLoader, running.result());
        }
        try (ComputeBudget.Permit permit = budget.acquire()) {
            T value = valueLoader.call();
            if (value != null && generation.get() == before) {
                delegate.put(key, value);
            }
            mine.result().complete(value);
            return value;
        } catch (TooBusyException e) {
            mine.result().completeExceptionally(e);
            throw e;
        } catch (Exception e) {
            mine.result().completeExceptionally(e);
            throw new ValueRetrievalException(key, valueLoader, e);
        } catch (Error e) {
            // Readers waiting for this value must not wait for ever.
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(key, mine);
        }
    }

    private static Object await(Object key, Callable<?> valueLoader, CompletableFuture<Object> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ValueRetrievalException(key, valueLoader, e.getCause());
        }
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public void evict(Object key) {
        generation.incrementAndGet();
        delegate.evict(key);
    }

    @Override
    public void clear() {
        generation.incrementAndGet();
        delegate.clear();
    }
}
