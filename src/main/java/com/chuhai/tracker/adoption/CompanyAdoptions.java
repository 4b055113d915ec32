package com.chuhai.tracker.adoption;

import com.chuhai.tracker.provider.ProviderLink;
import com.chuhai.tracker.source.SourceLink;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's adoptions as its page shows them, in one query (their sources fetched in batches). */
@Service
@Transactional(readOnly = true)
public class CompanyAdoptions {

    private final EntityManager entityManager;

    CompanyAdoptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The adoptions of the company {@code slug}, oldest first, each flagged when in use on {@code today}. */
    public List<AdoptionRow> of(String slug, LocalDate today, Locale locale) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Adoption> adoption = query.from(Adoption.class);
        adoption.fetch("provider", JoinType.LEFT);
        adoption.fetch("region");
        Predicate active = ActiveAdoptions.activeOn(adoption, today, cb);
        query.multiselect(adoption, cb.selectCase().when(active, true).otherwise(false))
                .where(cb.equal(adoption.get("company").get("slug"), slug));
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> row(row.get(0, Adoption.class), row.get(1, Boolean.class), locale))
                .sorted(Comparator.comparing(
                                AdoptionRow::startDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                        .thenComparing(AdoptionRow::id))
                .toList();
    }

    private static AdoptionRow row(Adoption adoption, boolean active, Locale locale) {
        return new AdoptionRow(
                adoption.getId(),
                ProviderLink.of(adoption.getProvider(), locale),
                adoption.getRegion().getCode(),
                adoption.getRegion()
                        .getTranslations()
                        .in(locale, adoption.getRegion().getName()),
                adoption.getStartDate(),
                adoption.getStartPrecision(),
                adoption.getEndDate(),
                adoption.getEndPrecision(),
                adoption.getWorkload(),
                adoption.getConfidence(),
                active,
                SourceLink.of(adoption.getSources()));
    }
}
