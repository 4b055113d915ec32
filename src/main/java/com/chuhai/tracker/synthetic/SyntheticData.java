package com.chuhai.tracker.synthetic;

import com.chuhai.tracker.shared.change.DataChanged;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the database holds synthetic companies, and the progress of a generation under way, kept in
 * memory so that pages and statistics can say so without a query each. {@link #refresh} reads it
 * again after the data changed (here or through another instance).
 */
@Component
public class SyntheticData {

    /** What the pages and the API say: generated companies present, and a generation's progress. */
    public record Status(long companies, Progress progress) {

        public boolean present() {
            return companies > 0;
        }
    }

    /** A generation under way: companies written so far of all. */
    public record Progress(long done, long total) {

        public int percent() {
            return total == 0 ? 100 : (int) (done * 100 / total);
        }
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(0, null));

    SyntheticData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Status status() {
        return status.get();
    }

    /** Reads the number of synthetic companies once at start, before the loader (if asked) changes it. */
    @EventListener(ApplicationStartedEvent.class)
    void started() {
        refresh();
    }

    /** Reads the number of synthetic companies again once data changed, here or elsewhere. */
    @EventListener
    void dataChanged(DataChanged event) {
        refresh();
    }

    /** Reads the number of synthetic companies from the database. */
    public void refresh() {
        long companies = jdbc.sql("SELECT companies FROM synthetic_dataset WHERE id = 1")
                .query(Long.class)
                .optional()
                .orElse(0L);
        status.updateAndGet(current -> new Status(companies, current.progress()));
    }

    void progress(Progress progress) {
        status.updateAndGet(current -> new Status(current.companies(), progress));
    }
}
