package com.chuhai.tracker.history;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the versions Envers kept of one record, as the fields a person reads, and what changed from
 * one version to the next. Features pass how to read their record ({@code snapshot}); this service
 * knows nothing of companies or adoptions.
 */
@Service
public class HistoryService {

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every version of a record, oldest first, each with the fields that changed since the one before.
     * Runs in the caller's transaction, so that {@code snapshot} may follow lazy references.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> List<Version> versions(Class<T> type, Object id, Function<T, Map<String, Object>> snapshot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Version> versions = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, Object> values = snapshot.apply(type.cast(row[0]));
            List<Change> changes = new ArrayList<>();
            for (Map.Entry<String, Object> field : values.entrySet()) {
                Object before = previous.get(field.getKey());
                if (kind == RevisionType.DEL || !Objects.equals(before, field.getValue())) {
                    changes.add(new Change(field.getKey(), before, kind == RevisionType.DEL ? null : field.getValue()));
                }
            }
            versions.add(new Version(
                    revision.getId(),
                    revision.getInstant(),
                    revision.getUsername(),
                    revision.getNote(),
                    kind.name(),
                    values,
                    changes));
            previous = values;
        }
        return versions;
    }

    /** The record as it was in a revision, for restoring it; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> Optional<T> at(Class<T> type, Object id, long revision) {
        return Optional.ofNullable(AuditReaderFactory.get(entityManager).find(type, id, revision));
    }

    /** One version: the revision, who saved it and when, its kind (ADD, MOD, DEL), values and changes. */
    public record Version(
            long revision,
            Instant at,
            String username,
            String note,
            String kind,
            Map<String, Object> values,
            List<Change> changes) {

        /** When, in UTC, as the pages show it. */
        public LocalDateTime atUtc() {
            return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        }
    }

    /** One field's change from one version to the next. */
    public record Change(String field, Object before, Object after) {}
}
