package com.chuhai.tracker.history;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Recent changes across the dataset, newest first, from the audit tables: who changed what, when. */
@Service
public class Activity {

    /** The kinds of record whose changes are listed, as the filter names them. */
    public static final List<String> ENTITIES = List.of("company", "provider", "region", "adoption", "migration");

    static final int LIMIT = 100;

    /** Per kind: the audit table and how to name a row (its slug or code, or what it links). */
    private static final Map<String, String> SELECTS = Map.of(
            "company",
                    "SELECT a.rev, a.revtype, 'company' AS entity, a.slug AS label, a.slug AS record_key FROM company_aud a",
            "provider",
                    "SELECT a.rev, a.revtype, 'provider' AS entity, a.slug AS label, a.slug AS record_key FROM cloud_provider_aud a",
            "region",
                    "SELECT a.rev, a.revtype, 'region' AS entity, a.code AS label, a.code AS record_key FROM region_aud a",
            "adoption", """
                    SELECT a.rev, a.revtype, 'adoption' AS entity,
                           CONCAT(COALESCE(c.slug, '?'), ' / ', COALESCE(p.slug, '—')) AS label,
                           CAST(a.id AS VARCHAR(20)) AS record_key
                    FROM adoption_aud a
                    LEFT JOIN company c ON c.id = a.company_id
                    LEFT JOIN cloud_provider p ON p.id = a.provider_id""",
            "migration", """
                    SELECT a.rev, a.revtype, 'migration' AS entity,
                           CONCAT(COALESCE(c.slug, '?'), ' / ', COALESCE(p.slug, '—')) AS label,
                           CAST(a.id AS VARCHAR(20)) AS record_key
                    FROM cloud_migration_aud a
                    LEFT JOIN company c ON c.id = a.company_id
                    LEFT JOIN cloud_provider p ON p.id = a.from_provider_id""");

    private final JdbcClient jdbc;

    Activity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest changes, optionally by one user and of one kind of record (both exact). */
    public List<Entry> recent(String username, String entity) {
        List<String> kinds = entity != null && SELECTS.containsKey(entity) ? List.of(entity) : ENTITIES;
        String union =
                String.join(" UNION ALL ", kinds.stream().map(SELECTS::get).toList());
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (username != null && !username.isBlank()) {
            where = "WHERE r.username = :username";
            params.put("username", username.trim());
        }
        params.put("limit", LIMIT);
        return jdbc.sql("""
                        SELECT r.rev, r.revtstmp, r.username, changes.entity, changes.revtype, changes.label, changes.record_key
                        FROM (%s) changes
                        JOIN revinfo r ON r.rev = changes.rev
                        %s
                        ORDER BY r.rev DESC, changes.entity
                        LIMIT :limit""".formatted(union, where))
                .params(params)
                .query((rs, n) -> new Entry(
                        rs.getLong("rev"),
                        Instant.ofEpochMilli(rs.getLong("revtstmp")),
                        rs.getString("username"),
                        rs.getString("entity"),
                        switch (rs.getInt("revtype")) {
                            case 0 -> "ADD";
                            case 1 -> "MOD";
                            default -> "DEL";
                        },
                        rs.getString("label"),
                        rs.getString("record_key")))
                .list();
    }

    /** One change: its revision, when and by whom, the kind of record, ADD/MOD/DEL, and which record. */
    public record Entry(
            long revision, Instant at, String username, String entity, String kind, String label, String key) {

        /** When, in UTC, as the pages show it. */
        public LocalDateTime atUtc() {
            return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }

        /** The history page of the record: the kinds as the admin addresses name them. */
        public String historyPath() {
            String kinds = entity.equals("company") ? "companies" : entity + "s";
            return "/admin/" + kinds + "/" + key + "/history";
        }
    }
}
