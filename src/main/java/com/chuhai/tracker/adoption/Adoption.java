package com.chuhai.tracker.adoption;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDate;
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
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * The fact table: a company uses a provider for data or workloads in a region, from a start (null when
 * not reported) until an end (null while still in use). The provider is null when it was not
 * disclosed: the sources say where the data lives, not who runs it.
 */
@Entity
@Audited
@Table(name = "adoption")
public class Adoption extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_id")
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
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "adoption_source",
            joinColumns = @JoinColumn(name = "adoption_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    protected Adoption() {}

    /**
     * A new adoption; {@code provider} is null when it was not disclosed, {@code start} when the start
     * was not reported.
     */
    public Adoption(
            Company company,
            CloudProvider provider,
            Region region,
            PreciseDate start,
            String workload,
            Confidence confidence) {
        this.company = Objects.requireNonNull(company, "company");
        this.provider = provider;
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
            throw DomainException.invalid(
                    "endDate",
                    "adoption.alreadyEnded",
                    CloudProvider.slugOrUndisclosed(provider),
                    company.getSlug(),
                    region.getCode(),
                    endDate);
        }
        requireEndNotBeforeStart(end);
        this.endDate = end.date();
        this.endPrecision = end.precision();
    }

    /**
     * Replaces what is known of this adoption, as an editor's correction: every field, the end
     * included ({@code null} = still in use). The end may not come before the start.
     */
    public void revise(
            Company company,
            CloudProvider provider,
            Region region,
            PreciseDate start,
            PreciseDate end,
            String workload,
            Confidence confidence) {
        this.company = Objects.requireNonNull(company, "company");
        this.provider = provider;
        this.region = Objects.requireNonNull(region, "region");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.workload = workload;
        this.startDate = start == null ? null : start.date();
        this.startPrecision = start == null ? null : start.precision();
        if (end != null) {
            requireEndNotBeforeStart(end);
        }
        this.endDate = end == null ? null : end.date();
        this.endPrecision = end == null ? null : end.precision();
    }

    /** Replaces the sources backing this adoption. */
    public void replaceSources(Collection<Source> replacement) {
        sources.clear();
        sources.addAll(replacement);
    }

    private void requireEndNotBeforeStart(PreciseDate end) {
        if (startDate != null && end.date().isBefore(startDate)) {
            throw DomainException.invalid("endDate", "adoption.endBeforeStart", end.date(), startDate);
        }
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

    /** The provider, or null when it was not disclosed. */
    public CloudProvider getProvider() {
        return provider;
    }

    /** The provider's slug, or null when it was not disclosed. */
    public String providerSlug() {
        return provider == null ? null : provider.getSlug();
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
