package com.chuhai.tracker.system;

import com.chuhai.tracker.shared.change.DataChanged;
import com.chuhai.tracker.shared.change.DataChanges;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notices writes made through other instances: every {@code app.cache.sync-interval} (2 s by default)
 * it reads the shared data version and, when it moved, publishes {@link DataChanged}. That interval
 * is how long another instance's write can stay unseen in this one's caches. This instance's own
 * writes drop its caches as they commit ({@link DataChanges}); the watcher never clears for them again,
 * even when it reads their version between the commit and that event.
 */
@Component
class DataChangeWatcher {

    private static final Logger log = LoggerFactory.getLogger(DataChangeWatcher.class);
    private static final long UNKNOWN = DataChanged.UNKNOWN;

    private final DataChanges changes;
    private final ApplicationEventPublisher events;
    private final AtomicLong seen = new AtomicLong(UNKNOWN);
    private volatile boolean failing;

    DataChangeWatcher(DataChanges changes, ApplicationEventPublisher events) {
        this.changes = changes;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "#{@'app.cache-com.chuhai.tracker.system.CacheProperties'.syncInterval()}")
    void poll() {
        long version;
        try {
            version = changes.version();
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn(
                        "Cannot read the data version, so writes through other instances go unseen: {}",
                        e.getMessage());
                failing = true;
            }
            return;
        }
        if (failing) {
            log.info("Data version readable again");
            failing = false;
        }
        if (changes.isBeingPublished(version)) {
            return;
        }
        long previous = seen.getAndAccumulate(version, Math::max);
        if (previous != UNKNOWN && version > previous) {
            events.publishEvent(new DataChanged(DataChanged.UNKNOWN));
        }
    }

    /** A write through this instance: its caches are already dropped, so polling need not again. */
    @EventListener
    void dataChanged(DataChanged event) {
        if (event.version() != DataChanged.UNKNOWN) {
            seen.accumulateAndGet(event.version(), Math::max);
        }
    }
}
