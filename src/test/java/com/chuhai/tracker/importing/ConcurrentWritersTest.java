package com.chuhai.tracker.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writers do not queue behind each other: while a 5,000-row import is writing in its long
 * transaction, another editor's save completes (the shared data version is raised only as a
 * transaction commits, not held locked from its first write).
 */
@IntegrationTest
class ConcurrentWritersTest {

    private static final int ROWS = 5_000;

    @Autowired
    ImportService imports;

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorsSaveCompletesWhileALongImportIsStillWriting() throws Exception {
        Login editor = data.user(Role.EDITOR);
        String prefix = TestData.unique("bulk");
        StringBuilder csv = new StringBuilder("slug,name,sector\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append(prefix).append('-').append(i).append(",Bulk ").append(i).append(",GAMING\n");
        }
        CompletableFuture<ImportService.Result> importing =
                CompletableFuture.supplyAsync(() -> imports.run("companies", csv.toString(), true));
        awaitAnotherWritingTransaction();

        String slug = TestData.unique("meanwhile");
        long started = System.nanoTime();
        int status = api.post(
                        "/api/v1/companies",
                        Map.of("slug", slug, "name", "Saved meanwhile", "sector", "FINTECH"),
                        editor)
                .status();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status).isEqualTo(201);
        assertThat(importing.isDone())
                .as("the save (%d ms) did not wait for the import to commit", took.toMillis())
                .isFalse();
        assertThat(importing.get().errors()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM company WHERE slug LIKE ?")
                        .param(prefix + "-%")
                        .query(Long.class)
                        .single())
                .isEqualTo(ROWS);
    }

    /** Until a transaction other than the test's own has written (PostgreSQL gave it a transaction id). */
    private void awaitAnotherWritingTransaction() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (jdbc.sql("""
                        SELECT COUNT(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL""").query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the import began writing").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
