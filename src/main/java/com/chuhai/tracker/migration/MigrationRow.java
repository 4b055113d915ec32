package com.chuhai.tracker.migration;

import com.chuhai.tracker.provider.ProviderLink;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceLink;
import java.time.LocalDate;
import java.util.List;

/**
 * A migration as a company's page shows it, names in the reader's language; {@code toRegionName} is
 * null unless it is a relocation, providers null when not disclosed.
 */
public record MigrationRow(
        long id,
        String regionCode,
        String regionName,
        String toRegionName,
        ProviderLink from,
        ProviderLink to,
        LocalDate announcedOn,
        DatePrecision announcedPrecision,
        LocalDate completedOn,
        DatePrecision completedPrecision,
        MigrationStatus status,
        MigrationReason reason,
        String summary,
        Confidence confidence,
        List<SourceLink> sources) {}
