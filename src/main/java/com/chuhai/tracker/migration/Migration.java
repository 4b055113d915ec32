package com.chuhai.tracker.migration;

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
 * An event: a company moves workloads from one provider and region to another. Either provider is
 * null when it was not disclosed. A move within one region changes the provider; a relocation moves
 * the data to another region, with the same provider, another one, or undisclosed ones.
 */
@Entity
@Audited
@Table(name = "cloud_migration")
public class Migration extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "from_region_id", nullable = false)
    private Region fromRegion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "to_region_id", nullable = false)
    private Region toRegion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_provider_id")
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
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "migration_source",
            joinColumns = @JoinColumn(name = "migration_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new LinkedHashSet<>();

    protected Migration() {}

    /**
     * A migration; {@code from} or {@code to} is null when that provider was not disclosed and
     * {@code completed} is null until it completes. A completed migration needs its completion date.
     */
    public Migration(
            Company company,
            Move move,
            CloudProvider from,
            CloudProvider to,
            PreciseDate announced,
            PreciseDate completed,
            MigrationStatus status,
            MigrationReason reason,
            Confidence confidence) {
        assign(company, move, from, to, announced, completed, status, reason, confidence);
    }

    /** Where the data moves: from one region to another, the same one for a move within a region. */
    public record Move(Region from, Region to) {

        public Move {
            Objects.requireNonNull(from, "from region");
            Objects.requireNonNull(to, "to region");
        }

        /** A move within one region. */
        public static Move within(Region region) {
            return new Move(region, region);
        }

        public boolean isRelocation() {
            return !from.getCode().equals(to.getCode());
        }
    }

    /**
     * Replaces what is known of this migration, as an editor's correction. Once completed, a migration
     * has moved the adoptions, so its company, regions, providers, completion date and status are fixed;
     * the rest may change. Whoever turns an uncompleted migration into a completed one must move the
     * adoptions in the same transaction ({@link MigrationService}).
     */
    void revise(
            Company company,
            Move move,
            CloudProvider from,
            CloudProvider to,
            PreciseDate announced,
            PreciseDate completed,
            MigrationStatus status,
            MigrationReason reason,
            Confidence confidence) {
        if (isCompleted()) {
            requireUnchanged("company", this.company.getId(), company.getId());
            requireUnchanged("fromRegion", this.fromRegion.getId(), move.from().getId());
            requireUnchanged("toRegion", this.toRegion.getId(), move.to().getId());
            requireUnchanged("fromProvider", idOf(this.fromProvider), idOf(from));
            requireUnchanged("toProvider", idOf(this.toProvider), idOf(to));
            requireUnchanged("completedOn", completed(), completed);
            requireUnchanged("status", this.status, status);
        }
        assign(company, move, from, to, announced, completed, status, reason, confidence);
    }

    private void assign(
            Company company,
            Move move,
            CloudProvider from,
            CloudProvider to,
            PreciseDate announced,
            PreciseDate completed,
            MigrationStatus status,
            MigrationReason reason,
            Confidence confidence) {
        Objects.requireNonNull(move, "move");
        if (!move.isRelocation()) {
            if (from == null && to == null) {
                throw DomainException.invalid(
                        "toProvider", "migration.nothingMoves", move.from().getCode());
            }
            if (from != null && to != null && from.getSlug().equals(to.getSlug())) {
                throw DomainException.invalid("toProvider", "migration.sameProvider", from.getSlug());
            }
        }
        if (status == MigrationStatus.COMPLETED && completed == null) {
            throw DomainException.invalid("completedOn", "migration.completedNeedsDate");
        }
        this.company = Objects.requireNonNull(company, "company");
        this.fromRegion = move.from();
        this.toRegion = move.to();
        this.fromProvider = from;
        this.toProvider = to;
        this.announcedOn = Objects.requireNonNull(announced, "announced").date();
        this.announcedPrecision = announced.precision();
        this.completedOn = completed == null ? null : completed.date();
        this.completedPrecision = completed == null ? null : completed.precision();
        this.status = Objects.requireNonNull(status, "status");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
    }

    private static Long idOf(CloudProvider provider) {
        return provider == null ? null : provider.getId();
    }

    private static void requireUnchanged(String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            throw DomainException.invalid(field, "migration.completedIsFixed", field);
        }
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

    /** Replaces the sources backing this migration. */
    public void replaceSources(Collection<Source> replacement) {
        sources.clear();
        sources.addAll(replacement);
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Company getCompany() {
        return company;
    }

    public Region getFromRegion() {
        return fromRegion;
    }

    public Region getToRegion() {
        return toRegion;
    }

    public Move move() {
        return new Move(fromRegion, toRegion);
    }

    public boolean isRelocation() {
        return move().isRelocation();
    }

    /** The provider left, or null when it was not disclosed. */
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
