package com.chuhai.tracker.system;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cache.Cache;

/**
 * A cache that never keeps a value computed from data older than its last clear: a value whose
 * computation began before a clear (a read racing a write's commit) is returned to its caller but not
 * stored. Used through {@code @Cacheable(sync = true)}, which computes through {@link #get(Object,
 * Callable)}.
 */
final class FreshCache implements Cache {

    private final Cache delegate;
    private final AtomicLong generation = new AtomicLong();

    FreshCache(Cache delegate) {
        this.delegate = delegate;
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

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper cached = delegate.get(key);
        if (cached != null) {
            return (T) cached.get();
        }
        long before = generation.get();
        T value;
        try {
            value = valueLoader.call();
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
        if (value != null && generation.get() == before) {
            delegate.put(key, value);
        }
        return value;
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
