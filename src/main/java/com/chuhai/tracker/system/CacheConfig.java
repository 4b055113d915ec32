package com.chuhai.tracker.system;

import com.chuhai.tracker.shared.change.DataChanged;
import com.chuhai.tracker.shared.query.Paging;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Arrays;
import org.springframework.boot.cache.metrics.CacheMeterBinderProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties({StatisticsBudgetProperties.class, CacheProperties.class})
class CacheConfig {

    /** The cache of the statistics, whose values are expensive to compute. */
    static final String STATISTICS = "stats";

    /** The caches, created at start so that their metrics are published. */
    static final String[] CACHES = {STATISTICS, "references", Paging.CACHE};

    /** Uncached statistics computed at once; above it they wait their turn briefly, then answer 503. */
    @Bean
    ComputeBudget statisticsBudget(StatisticsBudgetProperties properties) {
        return new ComputeBudget(properties.concurrent(), properties.maxWait(), "problem.statisticsBusy");
    }

    /** How many statistics are being computed now, beside the budget's size. */
    @Bean
    MeterBinder statisticsBudgetMetrics(ComputeBudget statisticsBudget, StatisticsBudgetProperties properties) {
        return registry -> {
            Gauge.builder("app.statistics.computing", statisticsBudget, ComputeBudget::inUse)
                    .description("Uncached statistics being computed now")
                    .register(registry);
            Gauge.builder("app.statistics.budget", properties, StatisticsBudgetProperties::concurrent)
                    .description("Uncached statistics that may be computed at once")
                    .register(registry);
        };
    }

    @Bean
    CacheManager cacheManager(CacheProperties properties, ComputeBudget statisticsBudget) {
        if (!properties.enabled()) {
            return new NoOpCacheManager();
        }
        CaffeineCacheManager manager = new CaffeineCacheManager() {
            @Override
            protected Cache adaptCaffeineCache(
                    String name, com.github.benmanes.caffeine.cache.Cache<Object, Object> cache) {
                return new FreshCache(
                        super.adaptCaffeineCache(name, cache),
                        STATISTICS.equals(name) ? statisticsBudget : ComputeBudget.UNLIMITED);
            }
        };
        manager.setCaffeine(Caffeine.newBuilder()
                .maximumSize(2_000)
                .expireAfterWrite(properties.ttl())
                .recordStats());
        manager.setCacheNames(Arrays.asList(CACHES));
        manager.setAllowNullValues(false);
        return manager;
    }

    /** The method's name and its arguments, so that the methods of one cache never share a key. */
    @Bean
    KeyGenerator methodAndArguments() {
        return (target, method, params) -> new SimpleKey(method.getName(), new SimpleKey(params));
    }

    /**
     * Hit, miss and eviction counts of every cache in {@code /actuator/prometheus}: Boot binds
     * Caffeine's statistics only to its own cache type, and ours wrap it.
     */
    @Bean
    FreshCacheMetrics freshCacheMetrics() {
        return new FreshCacheMetrics();
    }

    /** Binds a {@link FreshCache}'s Caffeine statistics (a class, so that its cache type can be read). */
    static class FreshCacheMetrics implements CacheMeterBinderProvider<FreshCache> {

        @Override
        public MeterBinder getMeterBinder(FreshCache cache, Iterable<Tag> tags) {
            return cache.getNativeCache() instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine
                    ? new CaffeineCacheMetrics<>(caffeine, cache.getName(), tags)
                    : null;
        }
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
