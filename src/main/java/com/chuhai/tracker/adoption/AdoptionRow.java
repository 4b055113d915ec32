package com.chuhai.tracker.adoption;

import com.chuhai.tracker.provider.ProviderLink;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceLink;
import java.time.LocalDate;
import java.util.List;

/**
 * An adoption as a company's page shows it, names in the reader's language; {@code provider} is null
 * when it was not disclosed, {@code active} says whether it is in use today by the counting rule.
 */
public record AdoptionRow(
        long id,
        ProviderLink provider,
        String regionCode,
        String regionName,
        LocalDate startDate,
        DatePrecision startPrecision,
        LocalDate endDate,
        DatePrecision endPrecision,
        String workload,
        Confidence confidence,
        boolean active,
        List<SourceLink> sources) {}
