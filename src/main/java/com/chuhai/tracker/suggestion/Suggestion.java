package com.chuhai.tracker.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reader's suggestion as stored: the proposal (an adoption's or a migration's request as JSON, or a
 * target, field and value with their sources), the optional note and e-mail address, and the
 * decision. The e-mail address is dropped when the suggestion is closed.
 */
@Entity
@Table(name = "suggestion")
class Suggestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String trackingId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SuggestionKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private SuggestionStatus status = SuggestionStatus.NEW;

    private String companySlug;

    /** The adoption's or the migration's request, as JSON. */
    private String proposal;

    /** A correction's record, {@code adoptions/17} or {@code migrations/5}. */
    private String target;

    private String field;

    @Column(name = "proposed_value")
    private String value;

    /** The target's version when the reader read it: a later one makes the suggestion stale. */
    private Long targetVersion;

    /** A correction's sources, as JSON. */
    private String sources;

    private String note;
    private String email;
    private String reason;

    /** The record an accepted suggestion created or changed, {@code adoptions/17}. */
    private String result;

    /** An accepted adoption's or migration's request as the editor applied it, edits included, as JSON. */
    private String applied;

    /** An accepted correction's value as the editor applied it, mended or as suggested. */
    private String appliedValue;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant decidedAt;
    private String decidedBy;

    protected Suggestion() {}

    Suggestion(String trackingId, SuggestionKind kind, String companySlug, String note, String email, Instant at) {
        this.trackingId = trackingId;
        this.kind = kind;
        this.companySlug = companySlug;
        this.note = note;
        this.email = email;
        this.createdAt = at;
    }

    void propose(String proposal) {
        this.proposal = proposal;
    }

    void correct(String target, String field, String value, long targetVersion, String sources) {
        this.target = target;
        this.field = field;
        this.value = value;
        this.targetVersion = targetVersion;
        this.sources = sources;
    }

    /**
     * Closes the suggestion as accepted: who applied it, when, the record it created or changed, and
     * what was applied (a request as JSON, or a correction's value), which may differ from what the
     * reader suggested; the reader's address is forgotten.
     */
    void accept(String by, Instant at, String result, String applied, String appliedValue) {
        close(SuggestionStatus.ACCEPTED, by, at);
        this.result = result;
        this.applied = applied;
        this.appliedValue = appliedValue;
    }

    /** Closes the suggestion as rejected, and why; the reader's address is forgotten. */
    void reject(String by, Instant at, String reason) {
        close(SuggestionStatus.REJECTED, by, at);
        this.reason = reason;
    }

    private void close(SuggestionStatus status, String by, Instant at) {
        this.status = status;
        this.decidedBy = by;
        this.decidedAt = at;
        this.email = null;
    }

    Long getId() {
        return id;
    }

    String getTrackingId() {
        return trackingId;
    }

    SuggestionKind getKind() {
        return kind;
    }

    SuggestionStatus getStatus() {
        return status;
    }

    String getCompanySlug() {
        return companySlug;
    }

    String getProposal() {
        return proposal;
    }

    String getTarget() {
        return target;
    }

    String getField() {
        return field;
    }

    String getValue() {
        return value;
    }

    Long getTargetVersion() {
        return targetVersion;
    }

    String getSources() {
        return sources;
    }

    String getNote() {
        return note;
    }

    String getEmail() {
        return email;
    }

    String getReason() {
        return reason;
    }

    String getResult() {
        return result;
    }

    String getApplied() {
        return applied;
    }

    String getAppliedValue() {
        return appliedValue;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }
}
