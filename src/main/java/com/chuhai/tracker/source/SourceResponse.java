package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DatePrecision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A source as the API shows it. */
public record SourceResponse(
        String url,
        @Nullable String title,
        @Nullable String publisher,
        @Nullable LocalDate publishedOn,
        @Nullable DatePrecision publishedPrecision) {

    public static SourceResponse of(Source source) {
        return new SourceResponse(
                source.getUrl(),
                source.getTitle(),
                source.getPublisher(),
                source.getPublishedOn(),
                source.getPublishedPrecision());
    }
}
