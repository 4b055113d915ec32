package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceResponse;
import java.time.LocalDate;
import java.util.List;

/** A migration as the pages show it: names to read, slugs to link, dates with their precision. */
public record MigrationView(
        long id,
        String companySlug,
        String companyName,
        String regionCode,
        String regionName,
        Party from,
        Party to,
        LocalDate announcedOn,
        DatePrecision announcedPrecision,
        LocalDate completedOn,
        DatePrecision completedPrecision,
        MigrationStatus status,
        MigrationReason reason,
        String summary,
        Confidence confidence,
        List<SourceResponse> sources) {

    /** A provider on one side of a migration; {@code to} is null when not disclosed. */
    public record Party(String slug, String name, Origin origin) {}

    static MigrationView of(Migration m) {
        return new MigrationView(
                m.getId(),
                m.getCompany().getSlug(),
                m.getCompany().getName(),
                m.getRegion().getCode(),
                m.getRegion().getName(),
                new Party(
                        m.getFromProvider().getSlug(),
                        m.getFromProvider().getName(),
                        m.getFromProvider().origin()),
                m.getToProvider() == null
                        ? null
                        : new Party(
                                m.getToProvider().getSlug(),
                                m.getToProvider().getName(),
                                m.getToProvider().origin()),
                m.getAnnouncedOn(),
                m.getAnnouncedPrecision(),
                m.getCompletedOn(),
                m.getCompletedPrecision(),
                m.getStatus(),
                m.getReason(),
                m.getSummary(),
                m.getConfidence(),
                m.getSources().stream().map(SourceResponse::of).toList());
    }
}
