package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.ActiveAdoptions;
import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.directory.CompanyProfile.AdoptionRow;
import com.chuhai.tracker.directory.CompanyProfile.CompanyLink;
import com.chuhai.tracker.directory.CompanyProfile.Facts;
import com.chuhai.tracker.directory.CompanyProfile.MigrationRow;
import com.chuhai.tracker.directory.CompanyProfile.ProviderLink;
import com.chuhai.tracker.directory.CompanyProfile.SourceLink;
import com.chuhai.tracker.migration.Migration;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.Source;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a company's page: its facts, family, adoptions (flagged when in use today, by the counting
 * rule) and migrations, with every claim's sources, in a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
class CompanyProfiles {

    private final EntityManager entityManager;
    private final Clock clock;

    CompanyProfiles(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The company {@code slug} as a reader of {@code locale} sees it: providers and regions by their names in that language. */
    CompanyProfile of(String slug, Locale locale) {
        Company company = entityManager
                .createQuery("select c from Company c left join fetch c.parent where c.slug = :slug", Company.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("company", slug));
        List<CompanyLink> subsidiaries = entityManager
                .createQuery(
                        "select c.slug, c.name from Company c where c.parent = :company order by c.name", Tuple.class)
                .setParameter("company", company)
                .getResultList()
                .stream()
                .map(row -> new CompanyLink(row.get(0, String.class), row.get(1, String.class)))
                .toList();
        return new CompanyProfile(
                facts(company),
                company.getParent() == null
                        ? null
                        : new CompanyLink(
                                company.getParent().getSlug(),
                                company.getParent().getName()),
                subsidiaries,
                adoptions(company, locale),
                migrations(company, locale));
    }

    private List<AdoptionRow> adoptions(Company company, Locale locale) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Adoption> adoption = query.from(Adoption.class);
        adoption.fetch("provider", jakarta.persistence.criteria.JoinType.LEFT);
        adoption.fetch("region");
        Predicate active = ActiveAdoptions.activeOn(adoption, LocalDate.now(clock), cb);
        query.multiselect(adoption, cb.selectCase().when(active, true).otherwise(false))
                .where(cb.equal(adoption.get("company"), company));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> adoptionRow(row.get(0, Adoption.class), row.get(1, Boolean.class), locale))
                .sorted(Comparator.comparing(
                                AdoptionRow::startDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(AdoptionRow::id))
                .toList();
    }

    private List<MigrationRow> migrations(Company company, Locale locale) {
        return entityManager.createQuery("""
                        select m from Migration m
                        join fetch m.fromRegion join fetch m.toRegion
                        left join fetch m.fromProvider left join fetch m.toProvider
                        where m.company = :company
                        order by m.announcedOn, m.id""", Migration.class).setParameter("company", company).getResultList().stream()
                .map(m -> migrationRow(m, locale))
                .toList();
    }

    private static Facts facts(Company company) {
        return new Facts(
                company.getSlug(),
                company.getName(),
                company.getNativeName(),
                company.getSector(),
                company.getOriginCountry(),
                company.getOriginCity(),
                company.getGlobalHq(),
                company.getFoundedYear(),
                company.getWebsite(),
                company.getDescription());
    }

    private static AdoptionRow adoptionRow(Adoption adoption, boolean active, Locale locale) {
        return new AdoptionRow(
                adoption.getId(),
                provider(adoption.getProvider(), locale),
                adoption.getRegion().getCode(),
                name(adoption.getRegion(), locale),
                adoption.getStartDate(),
                adoption.getStartPrecision(),
                adoption.getEndDate(),
                adoption.getEndPrecision(),
                adoption.getWorkload(),
                adoption.getConfidence(),
                active,
                sources(adoption.getSources()));
    }

    private static MigrationRow migrationRow(Migration migration, Locale locale) {
        return new MigrationRow(
                migration.getId(),
                migration.getFromRegion().getCode(),
                name(migration.getFromRegion(), locale),
                migration.isRelocation() ? name(migration.getToRegion(), locale) : null,
                provider(migration.getFromProvider(), locale),
                provider(migration.getToProvider(), locale),
                migration.getAnnouncedOn(),
                migration.getAnnouncedPrecision(),
                migration.getCompletedOn(),
                migration.getCompletedPrecision(),
                migration.getStatus(),
                migration.getReason(),
                migration.getSummary(),
                migration.getConfidence(),
                sources(migration.getSources()));
    }

    private static ProviderLink provider(CloudProvider provider, Locale locale) {
        return provider == null
                ? null
                : new ProviderLink(
                        provider.getSlug(),
                        provider.getTranslations().in(locale, provider.getName()),
                        provider.origin());
    }

    private static String name(Region region, Locale locale) {
        return region.getTranslations().in(locale, region.getName());
    }

    private static List<SourceLink> sources(Collection<Source> sources) {
        return sources.stream()
                .map(source -> new SourceLink(
                        source.getUrl(),
                        source.getTitle(),
                        source.getPublisher(),
                        source.getPublishedOn(),
                        source.getPublishedPrecision()))
                .toList();
    }
}
