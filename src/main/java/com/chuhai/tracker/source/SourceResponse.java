package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DatePrecision;
import java.time.LocalDate;

/** A source as the API shows it. */
public record SourceResponse(
        String url, String title, String publisher, LocalDate publishedOn, DatePrecision publishedPrecision) {

    public static SourceResponse of(Source source) {
        return new SourceResponse(
                source.getUrl(),
                source.getTitle(),
                source.getPublisher(),
                source.getPublishedOn(),
                source.getPublishedPrecision());
    }
}
