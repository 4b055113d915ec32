package com.chuhai.tracker.migration;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.history.RecordHistory;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.Source;
import com.chuhai.tracker.source.SourceRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Migrations' history for /admin/migrations/{id}/history. */
@Component
class MigrationHistory implements RecordHistory {

    private final MigrationService migrations;
    private final HistoryService history;

    MigrationHistory(MigrationService migrations, HistoryService history) {
        this.migrations = migrations;
        this.history = history;
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

    /** Every version of a migration, oldest first. */
    @Override
    @Transactional(readOnly = true)
    public List<HistoryService.Version> versions(String key) {
        long id = id(key);
        return history.versions(Migration.class, migrations.require(id).getId(), m -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("company", m.getCompany().getSlug());
            fields.put("fromRegion", m.getFromRegion().getCode());
            fields.put("toRegion", m.getToRegion().getCode());
            fields.put("fromProvider", MigrationService.slug(m.getFromProvider()));
            fields.put("toProvider", MigrationService.slug(m.getToProvider()));
            fields.put("announcedOn", m.getAnnouncedOn());
            fields.put("completedOn", m.getCompletedOn());
            fields.put("status", m.getStatus());
            fields.put("reason", m.getReason());
            fields.put("summary", m.getSummary());
            fields.put("confidence", m.getConfidence());
            fields.put(
                    "sources",
                    m.getSources().stream().map(Source::getUrl).sorted().toList());
            return fields;
        });
    }

    /** Makes a migration as it was in an earlier revision, as a new version, under the rules of an edit. */
    @Transactional
    @Override
    public String restore(String key, long revision) {
        long id = id(key);
        Migration current = migrations.require(id);
        Migration earlier = history.at(Migration.class, id, revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        migrations.update(
                id,
                new MigrationRequest(
                        earlier.getCompany().getSlug(),
                        null,
                        earlier.getFromRegion().getCode(),
                        earlier.getToRegion().getCode(),
                        MigrationService.slug(earlier.getFromProvider()),
                        MigrationService.slug(earlier.getToProvider()),
                        earlier.getAnnouncedOn(),
                        earlier.getCompletedOn(),
                        null,
                        earlier.getAnnouncedPrecision(),
                        earlier.getCompletedPrecision(),
                        earlier.getStatus(),
                        earlier.getReason(),
                        earlier.getSummary(),
                        earlier.getConfidence(),
                        earlier.getSources().stream()
                                .map(source -> new SourceRequest(source.getUrl(), null, null, null, null))
                                .toList(),
                        current.getVersion()));
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
            throw DomainException.invalid("id", "body.wrongType");
        }
    }
}
