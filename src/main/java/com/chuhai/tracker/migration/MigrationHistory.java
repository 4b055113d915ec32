package com.chuhai.tracker.migration;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import com.chuhai.tracker.shared.InvalidInputException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Migrations' history for /admin/migrations/{id}/history. */
@Component
class MigrationHistory implements RecordHistory {

    private final MigrationService migrations;

    MigrationHistory(MigrationService migrations) {
        this.migrations = migrations;
    }

    @Override
    public String kind() {
        return "migrations";
    }

    @Override
    public String title(String key) {
        MigrationResponse migration = migrations.get(id(key));
        return migration.company() + " / " + orDash(migration.fromProvider()) + " → " + orDash(migration.toProvider())
                + (migration.region() == null ? " / " + migration.fromRegion() + " → " + migration.toRegion() : "");
    }

    private static String orDash(String slug) {
        return slug == null ? "—" : slug;
    }

    @Override
    public List<HistoryService.Version> versions(String key) {
        return migrations.history(id(key));
    }

    @Override
    public String restore(String key, long revision) {
        migrations.restore(id(key), revision);
        return key;
    }

    @Override
    public String fieldMessages() {
        return "migration.field.";
    }

    static long id(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("id", "body.wrongType");
        }
    }
}
