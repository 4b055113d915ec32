package com.chuhai.tracker.company;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.web.CsvColumns;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A company as the API shows it; {@code parent} is the parent's slug. */
public record CompanyResponse(
        String slug,
        String name,
        @Nullable String nativeName,
        @Nullable String parent,
        Sector sector,
        @Nullable String originCountry,
        @Nullable String originCity,
        @Nullable String globalHq,
        @Nullable Integer foundedYear,
        @Nullable String website,
        @Nullable String description,
        Instant createdAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String createdBy,

        Instant updatedAt,

        @Schema(description = AccountNames.HIDDEN_DESCRIPTION) @Nullable
        String updatedBy,

        long version) {

    /** The CSV columns of an export, which the import reads back. */
    public static final CsvColumns<CompanyResponse> CSV = CsvColumns.<CompanyResponse>of()
            .column("slug", CompanyResponse::slug)
            .column("name", CompanyResponse::name)
            .column("nativeName", CompanyResponse::nativeName)
            .column("parent", CompanyResponse::parent)
            .column("sector", CompanyResponse::sector)
            .column("originCountry", CompanyResponse::originCountry)
            .column("originCity", CompanyResponse::originCity)
            .column("globalHq", CompanyResponse::globalHq)
            .column("foundedYear", CompanyResponse::foundedYear)
            .column("website", CompanyResponse::website)
            .column("description", CompanyResponse::description);

    public static CompanyResponse of(Company company) {
        return new CompanyResponse(
                company.getSlug(),
                company.getName(),
                company.getNativeName(),
                company.getParent() == null ? null : company.getParent().getSlug(),
                company.getSector(),
                company.getOriginCountry(),
                company.getOriginCity(),
                company.getGlobalHq(),
                company.getFoundedYear(),
                company.getWebsite(),
                company.getDescription(),
                company.getCreatedAt(),
                AccountNames.visible(company.getCreatedBy()),
                company.getUpdatedAt(),
                AccountNames.visible(company.getUpdatedBy()),
                company.getVersion());
    }
}
