package com.chuhai.tracker.migration;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.shared.RuleViolationException;
import com.chuhai.tracker.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An event: a company moves workloads in a region from one provider to another. The destination is
 * null when it was not disclosed.
 */
@Entity
@Table(name = "cloud_migration")
public class Migration extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_provider_id", nullable = false)
    private CloudProvider fromProvider;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_provider_id")
    private CloudProvider toProvider;

    @Column(nullable = false)
    private LocalDate announcedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private DatePrecision announcedPrecision;

    private LocalDate completedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision completedPrecision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MigrationStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MigrationReason reason;

    private String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Confidence confidence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "migration_source",
            joinColumns = @JoinColumn(name = "migration_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    protected Migration() {}

    /**
     * A migration; {@code to} is null when the destination was not disclosed and {@code completed} is
     * null until it completes. A completed migration needs its completion date.
     */
    public Migration(
            Company company,
            Region region,
            CloudProvider from,
            CloudProvider to,
            PreciseDate announced,
            PreciseDate completed,
            MigrationStatus status,
            MigrationReason reason,
            Confidence confidence) {
        this.company = Objects.requireNonNull(company, "company");
        this.region = Objects.requireNonNull(region, "region");
        this.fromProvider = Objects.requireNonNull(from, "from");
        if (from == to || (to != null && from.getSlug().equals(to.getSlug()))) {
            throw new RuleViolationException(
                    "A migration must move to another provider than %s".formatted(from.getSlug()));
        }
        this.toProvider = to;
        this.announcedOn = Objects.requireNonNull(announced, "announced").date();
        this.announcedPrecision = announced.precision();
        if (status == MigrationStatus.COMPLETED && completed == null) {
            throw new RuleViolationException("A completed migration needs its completion date");
        }
        if (completed != null) {
            this.completedOn = completed.date();
            this.completedPrecision = completed.precision();
        }
        this.status = Objects.requireNonNull(status, "status");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
    }

    public boolean isCompleted() {
        return status == MigrationStatus.COMPLETED;
    }

    public PreciseDate completed() {
        return completedOn == null ? null : new PreciseDate(completedOn, completedPrecision);
    }

    public void addSources(Collection<Source> more) {
        sources.addAll(more);
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Company getCompany() {
        return company;
    }

    public Region getRegion() {
        return region;
    }

    public CloudProvider getFromProvider() {
        return fromProvider;
    }

    public CloudProvider getToProvider() {
        return toProvider;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public DatePrecision getAnnouncedPrecision() {
        return announcedPrecision;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public DatePrecision getCompletedPrecision() {
        return completedPrecision;
    }

    public MigrationStatus getStatus() {
        return status;
    }

    public MigrationReason getReason() {
        return reason;
    }

    public String getSummary() {
        return summary;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public Set<Source> getSources() {
        return sources;
    }
}
