package com.chuhai.tracker.shared.query;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.Locale;

/** The lists' {@code q} filter: text found anywhere in any of some fields, case ignored, taken literally. */
public final class TextSearch {

    private static final char ESCAPE = '\\';

    private TextSearch() {}

    @SafeVarargs
    public static Predicate containsIgnoringCase(CriteriaBuilder cb, String text, Expression<String>... fields) {
        String literal = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        String pattern = "%" + literal + "%";
        return cb.or(Arrays.stream(fields)
                .map(field -> cb.like(cb.lower(field), pattern, ESCAPE))
                .toArray(Predicate[]::new));
    }
}
