package com.chuhai.tracker.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The names of one kind of reference record (providers, regions) as readers of each language see
 * them, looked up by key (slug or code) in the translations its module keeps cached. Templates call
 * it as {@code @providerNames} and {@code @regionNames} for the current request's language; Java that
 * writes for a reader passes the locale.
 */
public abstract class TranslatedNames {

    /** A reference record as a list shows it: its key and its name. */
    public interface Named {
        String key();

        String name();
    }

    /** The translations of every record by key, as its module keeps them (cached until data changes). */
    protected abstract Map<String, LocalNames> translations();

    /**
     * The translations, read once per request: a page names many records, and even with the caches
     * off (or just emptied by a write) it costs one query, not one per name.
     */
    private Map<String, LocalNames> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return translations();
        }
        String attribute = TranslatedNames.class.getName() + "." + getClass().getName();
        @SuppressWarnings("unchecked")
        Map<String, LocalNames> read = (Map<String, LocalNames>) request.getAttribute(attribute, SCOPE);
        if (read == null) {
            read = translations();
            request.setAttribute(attribute, read, SCOPE);
        }
        return read;
    }

    private static final int SCOPE = RequestAttributes.SCOPE_REQUEST;

    /** The name of the record {@code key} in the current request's language; {@code name} without a translation. */
    public String of(String key, String name) {
        return of(key, name, LocaleContextHolder.getLocale());
    }

    public String of(String key, String name, Locale locale) {
        LocalNames names = key == null ? null : current().get(key);
        return names == null ? name : names.in(locale, name);
    }

    /** {@code records} in the order of their names as the current request's reader reads them. */
    public <T extends Named> List<T> sorted(List<T> records) {
        return sorted(records, LocaleContextHolder.getLocale());
    }

    public <T extends Named> List<T> sorted(List<T> records, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        return records.stream()
                .sorted(Comparator.comparing((T r) -> of(r.key(), r.name(), locale), collator))
                .toList();
    }
}
