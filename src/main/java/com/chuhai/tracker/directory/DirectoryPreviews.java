package com.chuhai.tracker.directory;

import com.chuhai.tracker.sharing.LinkPreview;
import com.chuhai.tracker.sharing.ShareText;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a shared link to a directory page says: the company list names its filters ("Chuhai companies
 * in Singapore on Alibaba Cloud, as of Jan 1, 2024"), a company's page where its data is kept today,
 * a provider's and a region's page how many companies use it today.
 */
@Component
class DirectoryPreviews {

    private final ShareText text;

    DirectoryPreviews(ShareText text) {
        this.text = text;
    }

    /** The list narrowed by {@code applied}, which finds {@code count} companies. */
    LinkPreview companies(CompanyFilter applied, long count, Locale locale) {
        String search = applied.q() == null || applied.q().isBlank()
                ? null
                : applied.q().strip();
        ShareText.Phrase phrase = text.phrase("share.companies.subject", locale)
                .with("share.filter.sector", text.label("sector.", applied.sector(), locale))
                .with("share.filter.region", text.region(applied.region(), locale))
                .withOption("share.filter.category.", applied.regionCategory())
                .with("share.filter.provider", text.provider(applied.provider(), locale))
                .withOption("share.filter.origin.", applied.origin())
                .with(Boolean.TRUE.equals(applied.tracked()) ? "share.filter.tracked" : null)
                .with("share.filter.search", search);
        if (!phrase.qualified()) {
            return new LinkPreview(
                    text.message("share.companies.title", locale),
                    text.message("share.companies.description", locale, count));
        }
        if (applied.filtersUsage()) {
            phrase.asOf(applied.asOf());
        }
        String title = phrase.text();
        return new LinkPreview(title, text.message("share.companies.description.filtered", locale, title, count));
    }

    /** A company's page: its providers and data regions in use {@code today}, or that none is known. */
    LinkPreview profile(CompanyProfile profile, LocalDate today, Locale locale) {
        String name = profile.facts().name();
        List<String> places = profile.current().stream()
                .map(a -> a.provider() == null
                        ? text.message("share.profile.place.undisclosed", locale, a.regionName())
                        : text.message(
                                "share.profile.place", locale, a.provider().name(), a.regionName()))
                .distinct()
                .toList();
        String day = text.date(today, locale);
        return new LinkPreview(
                text.message("share.profile.title", locale, name),
                places.isEmpty()
                        ? text.message("share.profile.description.none", locale, name, day)
                        : text.message("share.profile.description", locale, name, day, text.list(places, locale)));
    }

    /** A provider's page, {@code users} companies using it {@code today}. */
    LinkPreview provider(String slug, long users, LocalDate today, Locale locale) {
        String name = text.provider(slug, locale);
        return new LinkPreview(
                text.message("share.provider.title", locale, name),
                text.message("share.provider.description", locale, name, users, text.date(today, locale)));
    }

    /** A region's page, {@code tracked} companies holding data there {@code today}. */
    LinkPreview region(String code, long tracked, LocalDate today, Locale locale) {
        String name = text.region(code, locale);
        return new LinkPreview(
                text.message("share.region.title", locale, name),
                text.message("share.region.description", locale, name, tracked, text.date(today, locale)));
    }
}
