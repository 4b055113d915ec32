package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.shared.change.DataChanged;
import com.chuhai.tracker.shared.change.DataChanges;
import com.chuhai.tracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The watcher drops the caches for other instances' writes, and never a second time for this one's. */
@IntegrationTest
@RecordApplicationEvents
class DataChangeWatcherTest {

    @Autowired
    DataChangeWatcher watcher;

    @Autowired
    DataChanges changes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    com.chuhai.tracker.support.TestData data;

    @Autowired
    com.chuhai.tracker.migration.MigrationRepository migrations;

    @BeforeEach
    void catchUp() {
        watcher.poll();
        events.clear();
    }

    @Test
    void aWriteThroughAnotherInstanceDropsTheCachesOnce() {
        jdbc.sql("UPDATE data_version SET version = version + 1 WHERE id = 1").update();

        watcher.poll();
        watcher.poll();

        assertThat(events.stream(DataChanged.class)).containsExactly(new DataChanged(DataChanged.UNKNOWN));
    }

    @Test
    void aPollBetweenThisInstancesCommitAndItsEventDoesNotDropTheCachesAgain() {
        transactions.executeWithoutResult(status -> {
            changes.written();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    watcher.poll();
                }
            });
        });
        watcher.poll();

        assertThat(events.stream(DataChanged.class))
                .as("only the write's own event")
                .singleElement()
                .extracting(DataChanged::version)
                .isEqualTo(changes.version());
    }

    @Test
    void aWriteFirstFlushedAtCommitStillRaisesTheVersionAndDropsTheCaches() {
        var region = data.region();
        var provider = data.provider("US");
        long id = data.migration(
                        data.company(com.chuhai.tracker.company.Sector.GAMING, 2010),
                        region,
                        provider,
                        null,
                        com.chuhai.tracker.shared.PreciseDate.year(2020),
                        com.chuhai.tracker.migration.MigrationStatus.ANNOUNCED)
                .getId();
        watcher.poll();
        events.clear();
        long before = changes.version();

        transactions.executeWithoutResult(status ->
                migrations.findById(id).orElseThrow().setSummary("changed in memory, flushed only by the commit"));

        assertThat(changes.version()).isEqualTo(before + 1);
        assertThat(events.stream(DataChanged.class))
                .singleElement()
                .extracting(DataChanged::version)
                .isEqualTo(before + 1);
    }
}
