package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads adoptions ordered by company and turns each company's into spell rows: the boundaries of
 * its adoptions cut time into pieces, each piece's active adoptions make its holding (overall and
 * per region), and neighbouring pieces with the same holding join into one spell.
 */
class SpellBuilder {

    final List<Object[]> companyRows = new ArrayList<>();
    final List<Object[]> regionRows = new ArrayList<>();
    final List<Object[]> originRows = new ArrayList<>();
    private final Map<Long, Origin> origins;
    private final List<Span> spans = new ArrayList<>();
    private long company = -1;
    private String sector;
    long companies;

    SpellBuilder(Map<Long, Origin> origins) {
        this.origins = origins;
    }

    void add(ResultSet rs) throws SQLException {
        long companyId = rs.getLong("company_id");
        if (companyId != company) {
            finish();
            company = companyId;
            sector = rs.getString("sector");
        }
        LocalDate start = rs.getObject("start_date", LocalDate.class);
        if (start == null) {
            Integer founded = rs.getObject("founded_year", Integer.class);
            start = founded == null ? null : LocalDate.of(founded, 1, 1);
        }
        spans.add(new Span(
                rs.getObject("provider_id", Long.class),
                rs.getLong("region_id"),
                start,
                rs.getObject("end_date", LocalDate.class),
                rs.getInt("unsourced") == 1));
    }

    /** Adds the spells of the company read so far. */
    void finish() {
        if (spans.isEmpty()) {
            return;
        }
        companies++;
        TreeSet<LocalDate> cuts = new TreeSet<>();
        Set<Long> regionIds = new TreeSet<>();
        for (Span span : spans) {
            if (span.from() != null) {
                cuts.add(span.from());
            }
            if (span.to() != null) {
                cuts.add(span.to());
            }
            regionIds.add(span.regionId());
        }
        List<LocalDate> starts = new ArrayList<>();
        starts.add(null);
        starts.addAll(cuts);
        Run overall = new Run(null, false);
        Run byOrigins = new Run(null, true);
        Map<Long, Run> perRegion = new TreeMap<>();
        regionIds.forEach(id -> perRegion.put(id, new Run(id, false)));
        for (LocalDate day : starts) {
            List<Span> active =
                    spans.stream().filter(span -> span.activeOn(day)).toList();
            Holding holding = holding(active, true);
            overall.at(day, holding);
            byOrigins.at(day, holding);
            perRegion.forEach((id, run) -> run.at(
                    day,
                    holding(
                            active.stream()
                                    .filter(span -> span.regionId() == id)
                                    .toList(),
                            false)));
        }
        overall.at(null, null);
        byOrigins.at(null, null);
        perRegion.values().forEach(run -> run.at(null, null));
        spans.clear();
        written();
    }

    /** Called after each company's rows are added. */
    void written() {}

    /** The holding of these active adoptions; null when there are none. */
    private Holding holding(List<Span> active, boolean withRegions) {
        if (active.isEmpty()) {
            return null;
        }
        int mask = 0;
        int unsourced = 0;
        TreeSet<Long> providers = new TreeSet<>();
        Map<Long, Integer> regions = new TreeMap<>();
        for (Span span : active) {
            int bit = Spells.bit(
                    span.providerId() == null
                            ? Origin.UNDISCLOSED
                            : origins.getOrDefault(span.providerId(), Origin.OTHER));
            mask |= bit;
            if (span.providerId() != null) {
                providers.add(span.providerId());
            }
            if (span.unsourced()) {
                unsourced++;
            }
            regions.merge(span.regionId(), bit, (a, b) -> a | b);
        }
        return new Holding(
                mask,
                providers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                unsourced,
                withRegions
                        ? regions.entrySet().stream()
                                .map(e -> e.getKey() + ":" + e.getValue())
                                .collect(Collectors.joining(";"))
                        : "");
    }

    /**
     * The spells of one company (region null) or of one company in one region, piece by piece;
     * {@code originsOnly}: the company's spells as the timeline needs them, split only where the
     * origins it uses change.
     */
    private final class Run {

        private final Long region;
        private final boolean originsOnly;
        private Holding current;
        private LocalDate since;

        Run(Long region, boolean originsOnly) {
            this.region = region;
            this.originsOnly = originsOnly;
        }

        /** From {@code day} on (null at the end: for ever after), the company holds {@code holding}. */
        void at(LocalDate day, Holding holding) {
            boolean end = day == null && holding == null;
            if (!end && Objects.equals(key(holding), key(current))) {
                return;
            }
            if (current != null) {
                row(since, end ? null : day, current);
            }
            current = end ? null : holding;
            since = day;
        }

        private Object key(Holding holding) {
            return holding == null || !originsOnly ? holding : holding.origins();
        }

        private void row(LocalDate from, LocalDate to, Holding holding) {
            int fromYear = from == null ? Spells.SINCE_EVER : from.getYear();
            int toYear = to == null ? Spells.STILL : to.getYear();
            if (originsOnly) {
                originRows.add(new Object[] {company, sector, from, to, fromYear, toYear, holding.origins()});
            } else if (region == null) {
                companyRows.add(new Object[] {
                    company,
                    sector,
                    from,
                    to,
                    fromYear,
                    toYear,
                    holding.origins(),
                    holding.providers(),
                    holding.unsourced(),
                    holding.regions()
                });
            } else {
                regionRows.add(new Object[] {
                    company,
                    region,
                    sector,
                    from,
                    to,
                    fromYear,
                    toYear,
                    holding.origins(),
                    holding.providers(),
                    holding.unsourced()
                });
            }
        }
    }

    /** What a company holds on a date, overall or within one region. */
    private record Holding(int origins, String providers, int unsourced, String regions) {}

    /** One adoption as the counting rule sees it: active from {@code from} (null: since ever) until {@code to}. */
    private record Span(Long providerId, long regionId, LocalDate from, LocalDate to, boolean unsourced) {

        boolean activeOn(LocalDate day) {
            boolean started = from == null || (day != null && !from.isAfter(day));
            boolean ended = to != null && day != null && !to.isAfter(day);
            return started && !ended;
        }
    }
}
