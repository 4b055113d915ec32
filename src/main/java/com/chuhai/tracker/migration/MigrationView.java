package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.Origin;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A migration as the pages show it: names to read, slugs to link, dates with their precision. */
public record MigrationView(
        long id,
        String companySlug,
        String companyName,
        Place fromRegion,
        Place toRegion,
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
        List<SourceResponse> sources,
        Instant updatedAt) {

    /** A provider on one side of a migration; {@code from} or {@code to} is null when not disclosed. */
    public record Party(String slug, String name, Origin origin) {

        static Party of(com.chuhai.tracker.provider.CloudProvider provider) {
            return provider == null ? null : new Party(provider.getSlug(), provider.getName(), provider.origin());
        }
    }

    /** A region on one side of a migration. */
    public record Place(String code, String name) {}

    /** Whether the data moved to another region. */
    public boolean relocation() {
        return !fromRegion.code().equals(toRegion.code());
    }

    static MigrationView of(Migration m) {
        return new MigrationView(
                m.getId(),
                m.getCompany().getSlug(),
                m.getCompany().getName(),
                new Place(m.getFromRegion().getCode(), m.getFromRegion().getName()),
                new Place(m.getToRegion().getCode(), m.getToRegion().getName()),
                Party.of(m.getFromProvider()),
                Party.of(m.getToProvider()),
                m.getAnnouncedOn(),
                m.getAnnouncedPrecision(),
                m.getCompletedOn(),
                m.getCompletedPrecision(),
                m.getStatus(),
                m.getReason(),
                m.getSummary(),
                m.getConfidence(),
                m.getSources().stream().map(SourceResponse::of).toList(),
                m.getUpdatedAt());
    }
}
