package com.chuhai.tracker.migration;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.sharing.LinkPreview;
import com.chuhai.tracker.sharing.ShareText;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a shared link to the migration list says: the filters it applies ("Completed cloud migrations
 * from Alibaba Cloud to Oracle Cloud, announced between Jan 1, 2022 and Dec 31, 2022") and how many
 * migrations they find.
 */
@Component
class MigrationPreviews {

    private final ShareText text;
    private final CompanyService companies;

    MigrationPreviews(ShareText text, CompanyService companies) {
        this.text = text;
        this.companies = companies;
    }

    /** The list narrowed by {@code applied}, which finds {@code count} migrations. */
    LinkPreview list(MigrationFilter applied, long count, Locale locale) {
        String subject = "share.migrations.subject" + (applied.status() == null ? "" : "." + applied.status());
        ShareText.Phrase phrase = text.phrase(subject, locale)
                .with("share.migrations.company", companyName(applied.company()))
                .with("share.migrations.fromProvider", text.provider(applied.fromProvider(), locale))
                .withOption("share.migrations.fromOrigin.", applied.fromOrigin())
                .with("share.migrations.toProvider", text.provider(applied.toProvider(), locale))
                .withOption("share.migrations.toOrigin.", applied.toOrigin())
                .withOption("share.migrations.undisclosed.", applied.undisclosed())
                .with("share.migrations.region", text.region(applied.region(), locale))
                .with("share.migrations.fromRegion", text.region(applied.fromRegion(), locale))
                .with("share.migrations.toRegion", text.region(applied.toRegion(), locale))
                .withOption("share.migrations.relocation.", applied.relocation());
        if (applied.from() != null && applied.to() != null) {
            phrase.with("share.migrations.between", text.date(applied.from(), locale), text.date(applied.to(), locale));
        } else {
            phrase.with("share.migrations.since", text.date(applied.from(), locale))
                    .with("share.migrations.by", text.date(applied.to(), locale));
        }
        if (!phrase.qualified() && applied.status() == null) {
            return new LinkPreview(
                    text.message("share.migrations.title", locale),
                    text.message("share.migrations.description", locale, count));
        }
        String title = phrase.text();
        return new LinkPreview(title, text.message("share.migrations.description.filtered", locale, title, count));
    }

    /** The company {@code slug}'s name; the slug when no company has it; null for null. */
    private String companyName(String slug) {
        return slug == null
                ? null
                : companies.findBySlug(slug).map(Company::getName).orElse(slug);
    }
}
