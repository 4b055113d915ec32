package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Evidence for a claim: an article, a filing, a case study. The same source may back several claims. */
@Entity
@Table(name = "source")
public class Source extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String url;

    @Column(nullable = false)
    private String title;

    private String publisher;

    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision publishedPrecision;

    protected Source() {}

    public Source(String url, String title, String publisher, PreciseDate published) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw DomainException.invalid("url", "source.urlScheme", url);
        }
        this.url = url;
        this.title = Objects.requireNonNull(title, "title");
        this.publisher = publisher;
        if (published != null) {
            this.publishedOn = published.date();
            this.publishedPrecision = published.precision();
        }
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public DatePrecision getPublishedPrecision() {
        return publishedPrecision;
    }
}
