package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that records a migration. A JavaBean rather than a record, so that its rows of sources
 * bind as {@code sources[0].url}; rows left empty are ignored.
 */
public class MigrationForm {

    /** Empty source rows offered by the form; more can be added in the browser. */
    static final int SOURCE_ROWS = 3;

    @NotBlank
    private String company;

    @NotBlank
    private String fromRegion;

    /** Empty for a move within the region left. */
    private String toRegion;

    /** A provider's slug, or {@link CloudProvider#UNDISCLOSED_CHOICE} when the sources do not name it. */
    @NotBlank
    private String fromProvider;

    /** Empty when the destination was not disclosed. */
    private String toProvider;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate announcedOn;

    @NotNull
    private DatePrecision announcedPrecision = DatePrecision.DAY;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;

    private DatePrecision completedPrecision = DatePrecision.DAY;

    @NotNull
    private MigrationStatus status = MigrationStatus.ANNOUNCED;

    @NotNull
    private MigrationReason reason = MigrationReason.GEOPOLITICS_COMPLIANCE;

    @Size(max = 2000)
    private String summary;

    @NotNull
    private Confidence confidence = Confidence.REPORTED;

    @Valid
    private List<SourceRow> sources = new ArrayList<>();

    /** The version read when editing a recorded migration; null for a new one. */
    private Long version;

    static MigrationForm of(MigrationResponse migration) {
        MigrationForm form = new MigrationForm();
        form.company = migration.company();
        form.fromRegion = migration.fromRegion();
        form.toRegion = migration.region() != null ? null : migration.toRegion();
        form.fromProvider = CloudProvider.toChoice(migration.fromProvider());
        form.toProvider = migration.toProvider();
        form.announcedOn = migration.announcedOn();
        form.announcedPrecision = migration.announcedPrecision();
        form.completedOn = migration.completedOn();
        form.completedPrecision =
                migration.completedPrecision() == null ? DatePrecision.DAY : migration.completedPrecision();
        form.status = migration.status();
        form.reason = migration.reason();
        form.summary = migration.summary();
        form.confidence = migration.confidence();
        form.version = migration.version();
        form.sources =
                new ArrayList<>(migration.sources().stream().map(SourceRow::of).toList());
        form.fillSourceRows();
        return form;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    static MigrationForm empty() {
        MigrationForm form = new MigrationForm();
        form.fillSourceRows();
        return form;
    }

    /** A request as the form shows it, to be edited (a reader's suggested migration, say). */
    public static MigrationForm of(MigrationRequest request) {
        MigrationForm form = new MigrationForm();
        form.company = request.company();
        form.fromRegion = request.fromRegion() != null ? request.fromRegion() : request.region();
        form.toRegion =
                request.toRegion() == null || request.toRegion().equals(form.fromRegion) ? null : request.toRegion();
        form.fromProvider = CloudProvider.toChoice(request.fromProvider());
        form.toProvider = request.toProvider();
        form.announcedOn = request.announcedOn();
        form.announcedPrecision = DatePrecision.shown(request.announcedPrecision(), request.datePrecision());
        form.completedOn = request.completedOn();
        form.completedPrecision = DatePrecision.shown(request.completedPrecision(), request.datePrecision());
        form.status = request.status();
        form.reason = request.reason();
        form.summary = request.summary();
        form.confidence = request.confidence();
        form.sources = SourceRow.rows(request.sources());
        form.fillSourceRows();
        return form;
    }

    /** Offers at least the usual number of source rows, keeping those filled in. */
    public void fillSourceRows() {
        SourceRow.pad(sources, Math.max(SOURCE_ROWS, sources.size() + 1));
    }

    public MigrationRequest toRequest() {
        return new MigrationRequest(
                company,
                null,
                fromRegion,
                toRegion,
                CloudProvider.fromChoice(fromProvider),
                toProvider,
                announcedOn,
                completedOn,
                null,
                announcedPrecision,
                completedOn == null ? null : completedPrecision,
                status,
                reason,
                summary,
                confidence,
                SourceRow.toRequests(sources),
                version);
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getFromRegion() {
        return fromRegion;
    }

    public void setFromRegion(String fromRegion) {
        this.fromRegion = fromRegion;
    }

    public String getToRegion() {
        return toRegion;
    }

    public void setToRegion(String toRegion) {
        this.toRegion = toRegion;
    }

    public String getFromProvider() {
        return fromProvider;
    }

    public void setFromProvider(String fromProvider) {
        this.fromProvider = fromProvider;
    }

    public String getToProvider() {
        return toProvider;
    }

    public void setToProvider(String toProvider) {
        this.toProvider = toProvider;
    }

    public LocalDate getAnnouncedOn() {
        return announcedOn;
    }

    public void setAnnouncedOn(LocalDate announcedOn) {
        this.announcedOn = announcedOn;
    }

    public DatePrecision getAnnouncedPrecision() {
        return announcedPrecision;
    }

    public void setAnnouncedPrecision(DatePrecision announcedPrecision) {
        this.announcedPrecision = announcedPrecision;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public DatePrecision getCompletedPrecision() {
        return completedPrecision;
    }

    public void setCompletedPrecision(DatePrecision completedPrecision) {
        this.completedPrecision = completedPrecision;
    }

    public MigrationStatus getStatus() {
        return status;
    }

    public void setStatus(MigrationStatus status) {
        this.status = status;
    }

    public MigrationReason getReason() {
        return reason;
    }

    public void setReason(MigrationReason reason) {
        this.reason = reason;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public void setSources(List<SourceRow> sources) {
        this.sources = sources;
    }
}
