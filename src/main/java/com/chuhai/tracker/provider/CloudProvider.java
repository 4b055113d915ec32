package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.LocalNames;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A cloud provider, colocation operator, or a company's own data centres. */
@Entity
@Audited
@Table(name = "cloud_provider")
public class CloudProvider extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private ProviderKind kind;

    /** ISO 3166-1 alpha-2 of the headquarters; null for a company's own data centres. */
    private String country;

    private String website;

    /** The name in French and Chinese, for the pages in those languages. */
    @Embedded
    private LocalNames translations;

    protected CloudProvider() {}

    public CloudProvider(String slug, String name, ProviderKind kind, String country) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = country;
    }

    /** Replaces what is known of this provider, as an editor's correction. */
    public void revise(String slug, String name, ProviderKind kind, String country, String website) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.country = country;
        this.website = website;
    }

    /**
     * A provider named in a message: its slug, or "not disclosed" in the reader's language when the
     * sources do not say who runs the data (the message source resolves it with the rest).
     */
    public static Object slugOrUndisclosed(CloudProvider provider) {
        return provider == null
                ? new DefaultMessageSourceResolvable(new String[] {UNDISCLOSED_MESSAGE}, "not disclosed")
                : provider.getSlug();
    }

    /** The message key of a provider that was not disclosed. */
    public static final String UNDISCLOSED_MESSAGE = "provider.undisclosed";

    /**
     * A form's value for "not disclosed" in a provider choice: an explicit choice, so that forgetting
     * to choose stays an error rather than a silent "not disclosed". Never a slug (no underscore).
     */
    public static final String UNDISCLOSED_CHOICE = "_undisclosed";

    /** A provider choice of a form as a request names it: its slug, or null for "not disclosed". */
    public static String fromChoice(String choice) {
        return UNDISCLOSED_CHOICE.equals(choice) ? null : choice;
    }

    /** A request's provider as a form's choice. */
    public static String toChoice(String slug) {
        return slug == null ? UNDISCLOSED_CHOICE : slug;
    }

    public Origin origin() {
        return Origin.ofCountry(country);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public LocalNames getTranslations() {
        return translations == null ? LocalNames.NONE : translations;
    }

    public void translate(LocalNames translations) {
        this.translations = translations;
    }
}
