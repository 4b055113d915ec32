package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.ProviderLink;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.source.SourceLink;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's migrations as its page shows them, in one query (their sources fetched in batches). */
@Service
@Transactional(readOnly = true)
public class CompanyMigrations {

    private final EntityManager entityManager;

    CompanyMigrations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The migrations of the company {@code slug}, in the order they were announced. */
    public List<MigrationRow> of(String slug, Locale locale) {
        return entityManager.createQuery("""
                        select m from Migration m
                        join fetch m.fromRegion join fetch m.toRegion
                        left join fetch m.fromProvider left join fetch m.toProvider
                        where m.company.slug = :slug
                        order by m.announcedOn, m.id""", Migration.class).setParameter("slug", slug).getResultList().stream()
                .map(m -> row(m, locale))
                .toList();
    }

    private static MigrationRow row(Migration migration, Locale locale) {
        return new MigrationRow(
                migration.getId(),
                migration.getFromRegion().getCode(),
                name(migration.getFromRegion(), locale),
                migration.isRelocation() ? name(migration.getToRegion(), locale) : null,
                ProviderLink.of(migration.getFromProvider(), locale),
                ProviderLink.of(migration.getToProvider(), locale),
                migration.getAnnouncedOn(),
                migration.getAnnouncedPrecision(),
                migration.getCompletedOn(),
                migration.getCompletedPrecision(),
                migration.getStatus(),
                migration.getReason(),
                migration.getSummary(),
                migration.getConfidence(),
                SourceLink.of(migration.getSources()));
    }

    private static String name(Region region, Locale locale) {
        return region.getTranslations().in(locale, region.getName());
    }
}
