package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DatePrecision;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** A source as a page cites it: where, what, who published it and when. */
public record SourceLink(
        String url, String title, String publisher, LocalDate publishedOn, DatePrecision publishedPrecision) {

    public static List<SourceLink> of(Collection<Source> sources) {
        return sources.stream()
                .map(source -> new SourceLink(
                        source.getUrl(),
                        source.getTitle(),
                        source.getPublisher(),
                        source.getPublishedOn(),
                        source.getPublishedPrecision()))
                .toList();
    }
}
