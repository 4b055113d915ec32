package com.chuhai.tracker.provider;

/** Where a provider comes from, derived from the country of its headquarters. */
public enum Origin {
    US,
    CN,
    OTHER;

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
     * The same derivation in SQL, for aggregates: {@code column} is a provider country column.
     * Kept beside {@link #ofCountry} so that the two never disagree.
     */
    public static String sqlOf(String column) {
        return "CASE WHEN " + column + " = 'US' THEN 'US' WHEN " + column + " = 'CN' THEN 'CN' ELSE 'OTHER' END";
    }
}
