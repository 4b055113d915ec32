package com.chuhai.tracker.provider;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.List;

/**
 * Where a provider comes from, derived from the country of its headquarters; {@link #UNDISCLOSED} is
 * the bucket of data whose operator the sources do not name (no provider at all, so no country).
 */
public enum Origin {
    US,
    CN,
    OTHER,
    UNDISCLOSED;

    public static Origin ofCountry(String country) {
        if ("US".equals(country)) {
            return US;
        }
        if ("CN".equals(country)) {
            return CN;
        }
        return OTHER;
    }

    /**
     * The same derivation as a criteria predicate: {@code country} is a provider's country path. No
     * provider has the origin UNDISCLOSED; see {@link #matchesProviderOf} for references that may be
     * empty.
     */
    public Predicate matches(Path<String> country, CriteriaBuilder cb) {
        return switch (this) {
            case US, CN -> cb.equal(country, name());
            case OTHER ->
                cb.or(
                        cb.isNull(country),
                        country.in(List.of(US.name(), CN.name())).not());
            case UNDISCLOSED -> cb.disjunction();
        };
    }

    /**
     * Whether the provider that {@code owner} refers to through {@code attribute} (null when not
     * disclosed) has this origin: UNDISCLOSED matches no provider, every other origin a provider of
     * that origin.
     */
    public Predicate matchesProviderOf(From<?, ?> owner, String attribute, CriteriaBuilder cb) {
        if (this == UNDISCLOSED) {
            return cb.isNull(owner.get(attribute));
        }
        return matches(owner.join(attribute).get("country"), cb);
    }

    /**
     * The same derivation in SQL, for aggregates: {@code column} is a provider country column.
     * Kept beside {@link #ofCountry} so that the two never disagree.
     */
    public static String sqlOf(String column) {
        return "CASE WHEN " + column + " = 'US' THEN 'US' WHEN " + column + " = 'CN' THEN 'CN' ELSE 'OTHER' END";
    }
}
