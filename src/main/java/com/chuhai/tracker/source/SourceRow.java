package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.WebUrl;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One row of sources in an admin form; a row without an address is left out. */
public class SourceRow {

    @Size(max = 1000)
    @WebUrl(message = "{source.urlScheme.field}")
    private String url;

    @Size(max = 500)
    private String title;

    @Size(max = 200)
    private String publisher;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate publishedOn;

    public SourceRow() {}

    public static SourceRow of(SourceResponse source) {
        return of(source.url(), source.title(), source.publisher(), source.publishedOn());
    }

    public static SourceRow of(SourceRequest source) {
        return of(source.url(), source.title(), source.publisher(), source.publishedOn());
    }

    /** A request's sources as a form's rows, to be padded with empty ones; none for none. */
    public static List<SourceRow> rows(List<SourceRequest> sources) {
        return sources == null
                ? new ArrayList<>()
                : new ArrayList<>(sources.stream().map(SourceRow::of).toList());
    }

    private static SourceRow of(String url, String title, String publisher, LocalDate publishedOn) {
        SourceRow row = new SourceRow();
        row.url = url;
        row.title = title;
        row.publisher = publisher;
        row.publishedOn = publishedOn;
        return row;
    }

    public boolean isEmpty() {
        return url == null || url.isBlank();
    }

    /** The filled rows as the service takes them. */
    public static List<SourceRequest> toRequests(List<SourceRow> rows) {
        return rows.stream()
                .filter(row -> !row.isEmpty())
                .map(row -> new SourceRequest(
                        row.url,
                        row.title,
                        row.publisher,
                        row.publishedOn,
                        row.publishedOn == null ? null : DatePrecision.DAY))
                .toList();
    }

    /** Keeps the filled rows and offers empty ones up to {@code at least}. */
    public static void pad(List<SourceRow> rows, int atLeast) {
        rows.removeIf(SourceRow::isEmpty);
        while (rows.size() < atLeast) {
            rows.add(new SourceRow());
        }
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
