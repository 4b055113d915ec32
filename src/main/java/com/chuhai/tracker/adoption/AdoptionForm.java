package com.chuhai.tracker.adoption;

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

/** An adoption as the admin form edits it: dates with their precision, sources as rows. */
public class AdoptionForm {

    static final int SOURCE_ROWS = 3;

    @NotBlank
    private String company;

    /** A provider's slug, or {@link CloudProvider#UNDISCLOSED_CHOICE} when the sources do not name it. */
    @NotBlank
    private String provider;

    @NotBlank
    private String region;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    private DatePrecision startPrecision = DatePrecision.DAY;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private DatePrecision endPrecision = DatePrecision.DAY;

    @Size(max = 500)
    private String workload;

    @NotNull
    private Confidence confidence = Confidence.REPORTED;

    private Long version;

    @Valid
    private List<SourceRow> sources = new ArrayList<>();

    static AdoptionForm empty(String company) {
        AdoptionForm form = new AdoptionForm();
        form.company = company;
        form.fillSourceRows();
        return form;
    }

    static AdoptionForm of(AdoptionResponse adoption) {
        AdoptionForm form = new AdoptionForm();
        form.company = adoption.company();
        form.provider = CloudProvider.toChoice(adoption.provider());
        form.region = adoption.region();
        form.startDate = adoption.startDate();
        form.startPrecision = adoption.startPrecision() == null ? DatePrecision.DAY : adoption.startPrecision();
        form.endDate = adoption.endDate();
        form.endPrecision = adoption.endPrecision() == null ? DatePrecision.DAY : adoption.endPrecision();
        form.workload = adoption.workload();
        form.confidence = adoption.confidence();
        form.version = adoption.version();
        form.sources =
                new ArrayList<>(adoption.sources().stream().map(SourceRow::of).toList());
        form.fillSourceRows();
        return form;
    }

    /** A request as the form shows it, to be edited (a reader's suggested adoption, say). */
    public static AdoptionForm of(AdoptionRequest request) {
        AdoptionForm form = new AdoptionForm();
        form.company = request.company();
        form.provider = CloudProvider.toChoice(request.provider());
        form.region = request.region();
        form.startDate = request.startDate();
        form.startPrecision = DatePrecision.shown(request.startPrecision(), request.datePrecision());
        form.endDate = request.endDate();
        form.endPrecision = DatePrecision.shown(request.endPrecision(), request.datePrecision());
        form.workload = request.workload();
        form.confidence = request.confidence();
        form.sources = SourceRow.rows(request.sources());
        form.fillSourceRows();
        return form;
    }

    public void fillSourceRows() {
        SourceRow.pad(sources, Math.max(SOURCE_ROWS, sources.size() + 1));
    }

    public AdoptionRequest toRequest() {
        return new AdoptionRequest(
                company,
                CloudProvider.fromChoice(provider),
                region,
                startDate,
                endDate,
                null,
                startDate == null ? null : startPrecision,
                endDate == null ? null : endPrecision,
                workload,
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

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public DatePrecision getStartPrecision() {
        return startPrecision;
    }

    public void setStartPrecision(DatePrecision startPrecision) {
        this.startPrecision = startPrecision;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public DatePrecision getEndPrecision() {
        return endPrecision;
    }

    public void setEndPrecision(DatePrecision endPrecision) {
        this.endPrecision = endPrecision;
    }

    public String getWorkload() {
        return workload;
    }

    public void setWorkload(String workload) {
        this.workload = workload;
    }

    public Confidence getConfidence() {
        return confidence;
    }

    public void setConfidence(Confidence confidence) {
        this.confidence = confidence;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<SourceRow> getSources() {
        return sources;
    }

    public void setSources(List<SourceRow> sources) {
        this.sources = sources;
    }
}
