package com.chuhai.tracker.provider;

import java.util.Locale;

/** A provider as a page links it: its slug, its name in the reader's language, and its origin. */
public record ProviderLink(String slug, String name, Origin origin) {

    /** {@code provider} as a reader of {@code locale} sees it; null for an operator not disclosed. */
    public static ProviderLink of(CloudProvider provider, Locale locale) {
        return provider == null
                ? null
                : new ProviderLink(
                        provider.getSlug(),
                        provider.getTranslations().in(locale, provider.getName()),
                        provider.origin());
    }
}
