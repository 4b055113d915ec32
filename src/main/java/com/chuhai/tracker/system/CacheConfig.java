package com.chuhai.tracker.system;

import com.chuhai.tracker.shared.DataChanged;
import com.chuhai.tracker.shared.Paging;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Statistics are cached per filter until data changes: a write here clears them after it commits, a
 * write through another instance within {@code app.cache.sync-interval} (see {@link DataChangeWatcher}).
 * They also expire after {@code app.cache.ttl}, since "today" moves. {@code app.cache.enabled=false}
 * turns every cache off (the benchmark measures both).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableScheduling
class CacheConfig {

    /** The caches, created at start so that their metrics are published. */
    static final String[] CACHES = {"stats", "references", Paging.CACHE};

    @Bean
    CacheManager cacheManager(
            @Value("${app.cache.enabled:true}") boolean enabled, @Value("${app.cache.ttl:PT10M}") Duration ttl) {
        if (!enabled) {
            return new NoOpCacheManager();
        }
        CaffeineCacheManager manager = new CaffeineCacheManager() {
            @Override
            protected Cache adaptCaffeineCache(
                    String name, com.github.benmanes.caffeine.cache.Cache<Object, Object> cache) {
                return new FreshCache(super.adaptCaffeineCache(name, cache));
            }
        };
        manager.setCaffeine(
                Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(ttl).recordStats());
        manager.setCacheNames(Arrays.asList(CACHES));
        manager.setAllowNullValues(false);
        return manager;
    }

    /** The method's name and its arguments, so that the methods of one cache never share a key. */
    @Bean
    KeyGenerator methodAndArguments() {
        return (target, method, params) -> new SimpleKey(method.getName(), new SimpleKey(params));
    }

    @Bean
    CacheEviction cacheEviction(CacheManager caches) {
        return new CacheEviction(caches);
    }

    /** Clears every cache when data changed. */
    static class CacheEviction {

        private final CacheManager caches;

        CacheEviction(CacheManager caches) {
            this.caches = caches;
        }

        @EventListener
        void dataChanged(DataChanged event) {
            for (String name : caches.getCacheNames()) {
                var cache = caches.getCache(name);
                if (cache != null) {
                    cache.clear();
                }
            }
        }
    }
}
