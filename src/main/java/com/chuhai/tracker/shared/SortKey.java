package com.chuhai.tracker.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a name sorts by in the database: without case and accents, so that "miHoYo" sorts next to
 * "Meituan" and "Éclair" next to "Eclair" whatever the database's collation (PostgreSQL's C.UTF-8
 * would put every capital before every small letter). Written with the name by the entity, the
 * synthetic data and the migration that introduced it, all through this one method.
 */
public final class SortKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SortKey() {}

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
