package com.chuhai.tracker.shared.change;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that data changed. Once per transaction, just before it commits, it raises the shared
 * {@code data_version} (in that transaction, so the number moves exactly when the write commits, and
 * other instances see it), and after commit it publishes {@link DataChanged} so that this instance
 * drops its caches at once. A rolled-back write changes nothing. The version's row is locked only
 * from that moment to the commit, never for the life of a long write (an import), so writers do not
 * queue behind each other. Until that event is out, {@link #isBeingPublished} tells the
 * watcher of other instances' writes that the version it reads is this instance's own.
 */
@Component
public class DataChanges {

    private static final Object MARK = new Object();

    /** Versions raised by this instance's transactions that have not yet completed and published. */
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /** Looked up when first needed: the entity listener that calls this class is a dependency of JPA. */
    private final ObjectProvider<PlatformTransactionManager> transactions;

    DataChanges(
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            ObjectProvider<PlatformTransactionManager> transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    /** The data was written in the current transaction (or, outside one, just now). */
    public void written() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new DataChanged(raiseVersion()));
            return;
        }
        if (TransactionSynchronizationManager.hasResource(MARK)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            private long version = DataChanged.UNKNOWN;

            @Override
            public void beforeCommit(boolean readOnly) {
                version = raiseVersion();
                pending.add(version);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
                if (version == DataChanged.UNKNOWN) {
                    // The first write reached the database only in the flush at commit, after this
                    // transaction's before-commit step: raise the version now, in a transaction of its
                    // own (every other instance still drops its caches, a moment later).
                    if (status == STATUS_COMMITTED) {
                        events.publishEvent(new DataChanged(raiseVersionAlone()));
                    }
                    return;
                }
                try {
                    if (status == STATUS_COMMITTED) {
                        events.publishEvent(new DataChanged(version));
                    }
                } finally {
                    pending.remove(version);
                }
            }
        });
    }

    /** The committed version: it rises with every committed write, through any instance. */
    public long version() {
        return jdbc.sql("SELECT version FROM data_version WHERE id = 1")
                .query(Long.class)
                .single();
    }

    /** When the data last changed: the moment of the latest committed write, through any instance. */
    public Instant lastChanged() {
        return jdbc.sql("SELECT changed_at FROM data_version WHERE id = 1")
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
    }

    /**
     * Whether {@code version} was raised by a transaction of this instance whose {@link DataChanged}
     * is not yet published: committed a moment ago, its own event is about to drop the caches (and
     * covers every earlier version, which committed before it took the row).
     */
    public boolean isBeingPublished(long version) {
        return pending.contains(version);
    }

    private long raiseVersionAlone() {
        TransactionTemplate alone = new TransactionTemplate(transactions.getObject());
        alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return alone.execute(status -> raiseVersion());
    }

    /** Raises the version and returns it; the row stays locked by this transaction until it ends. */
    private long raiseVersion() {
        jdbc.sql("UPDATE data_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1")
                .update();
        return version();
    }
}
