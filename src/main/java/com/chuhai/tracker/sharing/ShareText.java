package com.chuhai.tracker.sharing;

import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionNames;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a shared link's title and description, in the reader's language: providers and regions
 * by their translated names, dates as the reader writes them, and the filters of a view as a
 * {@link Phrase}: a subject and what narrows it, e.g.
 * {@code phrase("share.companies.subject", locale).with("share.filter.region", region(code, locale))}
 * gives "Chuhai companies in Singapore". The messages {@code share.phrase}, {@code share.join} and
 * {@code share.asOf} decide how each language puts the parts together, so the translator keeps the
 * order and the punctuation.
 */
@Component
public class ShareText {

    /** A list names this many items and counts the others ("and 2 more"). */
    static final int LISTED = 4;

    private final MessageSource messages;
    private final ProviderService providers;
    private final ProviderNames providerNames;
    private final RegionCatalog regions;
    private final RegionNames regionNames;

    ShareText(
            MessageSource messages,
            ProviderService providers,
            ProviderNames providerNames,
            RegionCatalog regions,
            RegionNames regionNames) {
        this.messages = messages;
        this.providers = providers;
        this.providerNames = providerNames;
        this.regions = regions;
        this.regionNames = regionNames;
    }

    /** {@code date} as the reader writes it ("Jan 1, 2024", "1 janv. 2024", "2024年1月1日"); null for null. */
    public String date(LocalDate date, Locale locale) {
        return date == null
                ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** The name of the provider {@code slug} in the reader's language; the slug when none has it; null for null. */
    public String provider(String slug, Locale locale) {
        if (slug == null) {
            return null;
        }
        return providers.summaries().stream()
                .filter(p -> p.slug().equals(slug))
                .findFirst()
                .map(p -> providerNames.of(p.slug(), p.name(), locale))
                .orElse(slug);
    }

    /** The name of the region {@code code} in the reader's language; the code when none has it; null for null. */
    public String region(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        return regions.list().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(r -> regionNames.of(r.code(), r.name(), locale))
                .orElse(code);
    }

    /** The message {@code key} with {@code args}; null when there is no key. */
    public String message(String key, Locale locale, Object... args) {
        return key == null ? null : messages.getMessage(key, args, locale);
    }

    /** The label of {@code value}, the message {@code prefix} + its name ({@code sector.GAMING}); null for null. */
    public String label(String prefix, Enum<?> value, Locale locale) {
        return value == null ? null : message(prefix + value.name(), locale);
    }

    /** "A, B and C"; past {@value #LISTED} items, "A, B, C, D and 2 more". */
    public String list(List<String> items, Locale locale) {
        if (items.isEmpty()) {
            return "";
        }
        List<String> shown = items.subList(0, Math.min(items.size(), LISTED));
        int more = items.size() - shown.size();
        String text = shown.get(0);
        for (int i = 1; i < shown.size(); i++) {
            boolean last = i == shown.size() - 1 && more == 0;
            text = message(last ? "share.list.last" : "share.list", locale, text, shown.get(i));
        }
        return more == 0 ? text : message("share.list.more", locale, text, more);
    }

    /** A phrase about the message {@code subjectKey}, to be narrowed by the filters of a view. */
    public Phrase phrase(String subjectKey, Locale locale) {
        return new Phrase(message(subjectKey, locale), locale);
    }

    /**
     * A subject and what narrows it, in the order given: "Chuhai companies in Singapore on Alibaba Cloud,
     * as of Jan 1, 2024". A qualifier whose filter is not set (a null key or argument) is left out.
     */
    public final class Phrase {

        private final String subject;
        private final Locale locale;
        private final List<String> qualifiers = new ArrayList<>();
        private LocalDate asOf;

        private Phrase(String subject, Locale locale) {
            this.subject = subject;
            this.locale = locale;
        }

        /** Adds the qualifier {@code key} with {@code args}, unless the key or one of the arguments is null. */
        public Phrase with(String key, Object... args) {
            if (key != null && Arrays.stream(args).allMatch(Objects::nonNull)) {
                qualifiers.add(message(key, locale, args));
            }
            return this;
        }

        /** Adds the qualifier {@code prefix} + {@code value} ({@code share.filter.origin.CN}), unless it is null. */
        public Phrase withOption(String prefix, Object value) {
            String key = value == null ? null : prefix + value;
            return with(key);
        }

        /** Says on which day the phrase holds (", as of Jan 1, 2024"). */
        public Phrase asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        /** Whether a qualifier was added, that is whether a filter narrows the subject. */
        public boolean qualified() {
            return !qualifiers.isEmpty();
        }

        public String text() {
            String text = qualifiers.stream()
                    .reduce((left, right) -> message("share.join", locale, left, right))
                    .map(joined -> message("share.phrase", locale, subject, joined))
                    .orElse(subject);
            return asOf == null ? text : message("share.asOf", locale, text, date(asOf, locale));
        }
    }
}
