package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.CompanyAdoptions;
import com.chuhai.tracker.company.CompanyFamily;
import com.chuhai.tracker.company.CompanyResponse;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.directory.CompanyProfile.Facts;
import com.chuhai.tracker.migration.CompanyMigrations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a company's page: its facts, family, adoptions (flagged when in use today, by the counting
 * rule) and migrations, with every claim's sources, in a fixed number of queries, each part from the
 * module that owns it.
 */
@Service
@Transactional(readOnly = true)
class CompanyProfiles {

    private final CompanyService companies;
    private final CompanyAdoptions adoptions;
    private final CompanyMigrations migrations;
    private final Clock clock;

    CompanyProfiles(CompanyService companies, CompanyAdoptions adoptions, CompanyMigrations migrations, Clock clock) {
        this.companies = companies;
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.clock = clock;
    }

    /** The company {@code slug} as a reader of {@code locale} sees it: providers and regions by their names in that language. */
    CompanyProfile of(String slug, Locale locale) {
        CompanyFamily family = companies.family(slug);
        return new CompanyProfile(
                facts(family.company()),
                family.parent(),
                family.subsidiaries(),
                adoptions.of(slug, LocalDate.now(clock), locale),
                migrations.of(slug, locale));
    }

    private static Facts facts(CompanyResponse company) {
        return new Facts(
                company.slug(),
                company.name(),
                company.nativeName(),
                company.sector(),
                company.originCountry(),
                company.originCity(),
                company.globalHq(),
                company.foundedYear(),
                company.website(),
                company.description());
    }
}
