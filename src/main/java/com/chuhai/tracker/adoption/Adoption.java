package com.chuhai.tracker.adoption;

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
 * The fact table: a company uses a provider for data or workloads in a region, from a start (null when
 * not reported) until an end (null while still in use).
 */
@Entity
@Table(name = "adoption")
public class Adoption extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private CloudProvider provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision startPrecision;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision endPrecision;

    private String workload;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Confidence confidence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "adoption_source",
            joinColumns = @JoinColumn(name = "adoption_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    protected Adoption() {}

    /** A new adoption; {@code start} is null when the start was not reported. */
    public Adoption(
            Company company,
            CloudProvider provider,
            Region region,
            PreciseDate start,
            String workload,
            Confidence confidence) {
        this.company = Objects.requireNonNull(company, "company");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.region = Objects.requireNonNull(region, "region");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.workload = workload;
        if (start != null) {
            this.startDate = start.date();
            this.startPrecision = start.precision();
        }
    }

    /** Ends this adoption on a date: not before it started, and only once. */
    public void end(PreciseDate end) {
        Objects.requireNonNull(end, "end");
        if (endDate != null) {
            throw new RuleViolationException("The adoption of %s by %s in %s already ended on %s"
                    .formatted(provider.getSlug(), company.getSlug(), region.getCode(), endDate));
        }
        if (startDate != null && end.date().isBefore(startDate)) {
            throw new RuleViolationException("The adoption of %s by %s in %s cannot end on %s, before it started on %s"
                    .formatted(provider.getSlug(), company.getSlug(), region.getCode(), end.date(), startDate));
        }
        this.endDate = end.date();
        this.endPrecision = end.precision();
    }

    public boolean isOpen() {
        return endDate == null;
    }

    public void addSources(Collection<Source> more) {
        sources.addAll(more);
    }

    public Company getCompany() {
        return company;
    }

    public CloudProvider getProvider() {
        return provider;
    }

    public Region getRegion() {
        return region;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public DatePrecision getStartPrecision() {
        return startPrecision;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public DatePrecision getEndPrecision() {
        return endPrecision;
    }

    public String getWorkload() {
        return workload;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public Set<Source> getSources() {
        return sources;
    }
}
