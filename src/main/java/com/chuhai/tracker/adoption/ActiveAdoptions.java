package com.chuhai.tracker.adoption;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;

/**
 * DESIGN.md's rule "active on date D" as a criteria predicate, for lists that filter by it (the
 * statistics apply the same rule in SQL; a test holds the two to the same answers): started by D
 * (start on or before D, or an unreported start and a founding year unknown or not after D's year),
 * and not ended by D (no end, or an end after D).
 */
public final class ActiveAdoptions {

    private ActiveAdoptions() {}

    public static Predicate activeOn(Path<Adoption> adoption, LocalDate day, CriteriaBuilder cb) {
        Path<LocalDate> start = adoption.get("startDate");
        Path<LocalDate> end = adoption.get("endDate");
        Path<Integer> foundedYear = adoption.get("company").get("foundedYear");
        Predicate started = cb.or(
                cb.lessThanOrEqualTo(start, day),
                cb.and(cb.isNull(start), cb.or(cb.isNull(foundedYear), cb.le(foundedYear, day.getYear()))));
        Predicate notEnded = cb.or(cb.isNull(end), cb.greaterThan(end, day));
        return cb.and(started, notEnded);
    }
}
