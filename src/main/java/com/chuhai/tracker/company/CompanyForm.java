package com.chuhai.tracker.company;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A company as the admin form edits it; {@code back} is the list address (with its filters) to
 * return to after saving. Empty fields are null.
 */
record CompanyForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{slug.pattern}")
        String slug,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nativeName,
        @Size(max = 100) String parent,
        @NotNull Sector sector,

        @Pattern(regexp = "[A-Z]{2}", message = "{country.pattern}")
        String originCountry,

        @Size(max = 100) String originCity,
        @Size(max = 200) String globalHq,
        @Min(1800) @Max(2100) Integer foundedYear,

        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{url.pattern}")
        String website,

        @Size(max = 4000) String description,
        Long version,
        String back) {

    static CompanyForm empty(String back) {
        return new CompanyForm(null, null, null, null, null, null, null, null, null, null, null, null, back);
    }

    static CompanyForm of(CompanyResponse company, String back) {
        return new CompanyForm(
                company.slug(),
                company.name(),
                company.nativeName(),
                company.parent(),
                company.sector(),
                company.originCountry(),
                company.originCity(),
                company.globalHq(),
                company.foundedYear(),
                company.website(),
                company.description(),
                company.version(),
                back);
    }

    CompanyRequest toRequest() {
        return new CompanyRequest(
                slug,
                name,
                nativeName,
                parent,
                sector,
                originCountry,
                originCity,
                globalHq,
                foundedYear,
                website,
                description,
                version);
    }

    /** The same input, to be saved over the version now stored. */
    CompanyForm withVersion(long current) {
        return new CompanyForm(
                slug,
                name,
                nativeName,
                parent,
                sector,
                originCountry,
                originCity,
                globalHq,
                foundedYear,
                website,
                description,
                current,
                back);
    }
}
