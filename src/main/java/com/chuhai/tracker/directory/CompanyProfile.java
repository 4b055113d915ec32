package com.chuhai.tracker.directory;

import com.chuhai.tracker.adoption.AdoptionRow;
import com.chuhai.tracker.company.CompanyLink;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.MigrationRow;
import com.chuhai.tracker.provider.ProviderLink;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.source.SourceLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Everything the company page shows, read in a fixed number of queries. */
record CompanyProfile(
        Facts facts,
        CompanyLink parent,
        List<CompanyLink> subsidiaries,
        List<AdoptionRow> adoptions,
        List<MigrationRow> migrations) {

    /** Adoptions in use on the day the page is shown. */
    public List<AdoptionRow> current() {
        return adoptions.stream().filter(AdoptionRow::active).toList();
    }

    /**
     * The history, oldest first: each adoption's start and end, each migration's announcement and
     * completion, as events with the date at its precision and the claim's sources.
     */
    public List<Event> timeline() {
        List<Event> events = new ArrayList<>();
        for (AdoptionRow a : adoptions) {
            if (a.startDate() != null) {
                events.add(new Event(
                        "adoptions/" + a.id(),
                        a.startDate(),
                        a.startPrecision(),
                        EventKind.STARTED,
                        a.provider(),
                        null,
                        a.regionName(),
                        null,
                        a.workload(),
                        a.confidence(),
                        a.sources()));
            }
            if (a.endDate() != null) {
                events.add(new Event(
                        "adoptions/" + a.id(),
                        a.endDate(),
                        a.endPrecision(),
                        EventKind.ENDED,
                        a.provider(),
                        null,
                        a.regionName(),
                        null,
                        a.workload(),
                        a.confidence(),
                        a.sources()));
            }
        }
        for (MigrationRow m : migrations) {
            events.add(new Event(
                    "migrations/" + m.id(),
                    m.announcedOn(),
                    m.announcedPrecision(),
                    EventKind.MIGRATION_ANNOUNCED,
                    m.from(),
                    m.to(),
                    m.regionName(),
                    m.toRegionName(),
                    m.summary(),
                    m.confidence(),
                    m.sources()));
            if (m.completedOn() != null) {
                events.add(new Event(
                        "migrations/" + m.id(),
                        m.completedOn(),
                        m.completedPrecision(),
                        EventKind.MIGRATION_COMPLETED,
                        m.from(),
                        m.to(),
                        m.regionName(),
                        m.toRegionName(),
                        null,
                        m.confidence(),
                        m.sources()));
            }
        }
        events.sort(Comparator.comparing(Event::date));
        return events;
    }

    enum EventKind {
        STARTED,
        ENDED,
        MIGRATION_ANNOUNCED,
        MIGRATION_COMPLETED
    }

    /**
     * One dated line of the history. {@code provider} is null when not disclosed; {@code to} is set for
     * migrations (null when not disclosed), {@code toRegionName} for relocations only; {@code record}
     * names the adoption or migration it comes from as a correction's target ({@code adoptions/17}).
     */
    record Event(
            String record,
            LocalDate date,
            DatePrecision precision,
            EventKind kind,
            ProviderLink provider,
            ProviderLink to,
            String regionName,
            String toRegionName,
            String note,
            Confidence confidence,
            List<SourceLink> sources) {}

    record Facts(
            String slug,
            String name,
            String nativeName,
            Sector sector,
            String originCountry,
            String originCity,
            String globalHq,
            Integer foundedYear,
            String website,
            String description) {}
}
