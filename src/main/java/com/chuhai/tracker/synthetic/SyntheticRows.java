package com.chuhai.tracker.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic companies with realistic spreads: the same seed and the same companies in
 * the same order give the same rows. Per company, one to three data regions; in each, a first
 * provider (Chinese clouds more likely in early years), sometimes a second one at once (multi-cloud),
 * and about one region in four a migration, which, once completed, ends one adoption and begins the
 * next on its completion date. That makes about 3 adoptions and 0.5 migrations per company, dates
 * from 2012 to mid-2026, and one source per company cited by most of its rows.
 */
final class SyntheticRows {

    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay());

    /** Relative weights by provider slug; providers added later get a small share. */
    private static final Map<String, Integer> PROVIDER_WEIGHTS =
            Map.of("aws", 28, "alibaba", 18, "gcp", 12, "tencent", 12, "azure", 10, "huawei", 8, "oracle", 5);

    private static final Map<String, Integer> REGION_WEIGHTS =
            Map.of("us", 26, "sg", 24, "eu", 16, "intl", 10, "jp", 8, "in", 5, "br", 5, "cn", 6);

    private static final String[] SECTORS = {
        "E_COMMERCE",
        "SOCIAL_CONTENT",
        "GAMING",
        "FINTECH",
        "HARDWARE_EV",
        "ENTERPRISE_SOFTWARE",
        "TRAVEL_MOBILITY",
        "EDUCATION",
        "OTHER"
    };
    private static final int[] SECTOR_WEIGHTS = {22, 14, 20, 10, 10, 9, 6, 5, 4};
    private static final String[] SECTOR_WORDS = {
        "Mall", "Media", "Games", "Pay", "Motors", "Soft", "Travel", "Edu", "Group"
    };
    private static final String[] SYLLABLES = {
        "Hai", "Zhi", "Yun", "Xing", "Long", "Feng", "Tian", "Ming", "Hua", "Kai", "Bo", "Rui", "Xin", "Jia", "Lan",
        "Shan"
    };
    private static final String[] CITIES = {
        "Shenzhen", "Beijing", "Shanghai", "Hangzhou", "Guangzhou", "Chengdu", "Nanjing", "Xiamen"
    };
    private static final String[] WORKLOADS = {
        null, null, "Core platform", "User data", "Content delivery", "Analytics", "Payments", "Game servers"
    };
    private static final String[] PRECISIONS = {"DAY", "DAY", "MONTH", "MONTH", "YEAR"};
    private static final String[] CONFIDENCES = {"CONFIRMED", "REPORTED", "REPORTED", "INFERRED"};
    private static final String[] REASONS = {
        "GEOPOLITICS_COMPLIANCE", "GEOPOLITICS_COMPLIANCE", "COST", "COST", "PERFORMANCE", "PRODUCT", "OTHER"
    };

    /** A provider the generator may choose, with its weight and whether it is a Chinese cloud. */
    record Provider(long id, String slug, boolean chinese) {}

    record Region(long id, String code) {}

    record CompanyRow(long id, String slug, String name, Long parentId, String sector, String city, int foundedYear) {}

    record AdoptionRow(
            long companyId,
            long providerId,
            long regionId,
            LocalDate start,
            String startPrecision,
            LocalDate end,
            String endPrecision,
            String workload,
            String confidence,
            boolean sourced) {}

    record MigrationRow(
            long companyId,
            long regionId,
            long fromProviderId,
            Long toProviderId,
            LocalDate announced,
            String announcedPrecision,
            LocalDate completed,
            String status,
            String reason,
            String confidence) {}

    /** One chunk of companies with everything that belongs to them. */
    record Chunk(List<CompanyRow> companies, List<AdoptionRow> adoptions, List<MigrationRow> migrations) {}

    private final SplittableRandom random;
    private final List<Provider> providers;
    private final int[] providerWeights;
    private final List<Region> regions;
    private final int[] regionWeights;

    SyntheticRows(long seed, List<Provider> providers, List<Region> regions) {
        if (providers.size() < 2 || regions.isEmpty()) {
            throw new IllegalStateException("Synthetic data needs at least two providers and one region");
        }
        this.random = new SplittableRandom(seed);
        this.providers = List.copyOf(providers);
        this.providerWeights = providers.stream()
                .mapToInt(p -> PROVIDER_WEIGHTS.getOrDefault(p.slug(), 1))
                .toArray();
        this.regions = List.copyOf(regions);
        this.regionWeights = regions.stream()
                .mapToInt(r -> REGION_WEIGHTS.getOrDefault(r.code(), 2))
                .toArray();
    }

    /**
     * The companies numbered {@code firstNumber} to {@code firstNumber + count - 1}, with ids from
     * {@code firstId}; a subsidiary's parent is an earlier company of the same chunk.
     */
    Chunk next(int firstNumber, int count, long firstId) {
        List<CompanyRow> companies = new ArrayList<>(count);
        List<AdoptionRow> adoptions = new ArrayList<>(count * 3);
        List<MigrationRow> migrations = new ArrayList<>(count / 2 + 1);
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            int number = firstNumber + i;
            int sector = pick(SECTOR_WEIGHTS);
            Long parentId = i > 0 && random.nextInt(20) == 0 ? firstId + random.nextInt(i) : null;
            String name = SYLLABLES[random.nextInt(SYLLABLES.length)]
                    + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase()
                    + " " + SECTOR_WORDS[sector] + " " + number;
            int founded = 1998 + random.nextInt(25);
            companies.add(new CompanyRow(
                    id,
                    "synthetic-%06d".formatted(number),
                    name,
                    parentId,
                    SECTORS[sector],
                    CITIES[random.nextInt(CITIES.length)],
                    founded));
            int regionCount = 1 + (random.nextInt(100) < 40 ? 0 : random.nextInt(100) < 58 ? 1 : 2);
            List<Region> chosen = new ArrayList<>();
            while (chosen.size() < Math.min(regionCount, regions.size())) {
                Region region = regions.get(pick(regionWeights));
                if (!chosen.contains(region)) {
                    chosen.add(region);
                }
            }
            for (Region region : chosen) {
                adoptIn(id, founded, region, adoptions, migrations);
            }
        }
        return new Chunk(companies, adoptions, migrations);
    }

    private void adoptIn(
            long companyId, int founded, Region region, List<AdoptionRow> adoptions, List<MigrationRow> migrations) {
        LocalDate start = day(Math.max(0, (int) (LocalDate.of(founded, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay())));
        Provider first = provider(start, null);
        boolean unreportedStart = random.nextInt(100) < 8;
        if (random.nextInt(100) < 26) {
            migrate(companyId, region, first, start, unreportedStart, adoptions, migrations);
        } else {
            boolean ends = random.nextInt(100) < 15;
            adoptions.add(
                    adoption(companyId, first, region, unreportedStart ? null : start, ends ? after(start) : null));
        }
        if (random.nextInt(100) < 45) {
            Provider second = provider(start, first);
            LocalDate secondStart = after(start);
            boolean ends = random.nextInt(100) < 30;
            adoptions.add(adoption(companyId, second, region, secondStart, ends ? after(secondStart) : null));
        }
    }

    /** A migration off {@code from}; a completed one ends that adoption and begins the next. */
    private void migrate(
            long companyId,
            Region region,
            Provider from,
            LocalDate start,
            boolean unreportedStart,
            List<AdoptionRow> adoptions,
            List<MigrationRow> migrations) {
        LocalDate announced = after(start);
        Provider to = random.nextInt(100) < 5 ? null : provider(announced, from);
        int roll = random.nextInt(100);
        String status = roll < 70 ? "COMPLETED" : roll < 80 ? "IN_PROGRESS" : roll < 90 ? "ANNOUNCED" : "CANCELLED";
        LocalDate completed = null;
        if (status.equals("COMPLETED")) {
            completed = announced.plusDays(30 + random.nextInt(370));
            if (completed.isAfter(LAST_DAY)) {
                completed = null;
                status = "IN_PROGRESS";
            }
        }
        boolean monthOnly = random.nextInt(100) < 40;
        migrations.add(new MigrationRow(
                companyId,
                region.id(),
                from.id(),
                to == null ? null : to.id(),
                monthOnly ? announced.withDayOfMonth(1) : announced,
                monthOnly ? "MONTH" : "DAY",
                completed,
                status,
                REASONS[random.nextInt(REASONS.length)],
                CONFIDENCES[random.nextInt(CONFIDENCES.length)]));
        adoptions.add(adoption(companyId, from, region, unreportedStart ? null : start, completed));
        if (completed != null && to != null) {
            adoptions.add(adoption(companyId, to, region, completed, null));
        }
    }

    private AdoptionRow adoption(long companyId, Provider provider, Region region, LocalDate start, LocalDate end) {
        String startPrecision = start == null ? null : PRECISIONS[random.nextInt(PRECISIONS.length)];
        LocalDate startDate = start == null ? null : atPrecision(start, startPrecision);
        String endPrecision = end == null ? null : "DAY";
        return new AdoptionRow(
                companyId,
                provider.id(),
                region.id(),
                startDate,
                startPrecision,
                end,
                endPrecision,
                WORKLOADS[random.nextInt(WORKLOADS.length)],
                CONFIDENCES[random.nextInt(CONFIDENCES.length)],
                random.nextInt(100) < 80);
    }

    /** A provider by weight, other than {@code not}; before 2018 Chinese clouds are twice as likely. */
    private Provider provider(LocalDate when, Provider not) {
        while (true) {
            Provider candidate = providers.get(pick(providerWeights));
            if (candidate.equals(not)) {
                continue;
            }
            if (when.getYear() < 2018 && !candidate.chinese() && random.nextBoolean()) {
                continue;
            }
            return candidate;
        }
    }

    /** A day after {@code day} (at most about three years later), never after the last day. */
    private LocalDate after(LocalDate day) {
        LocalDate later = day.plusDays(1 + random.nextInt(1100));
        return later.isAfter(LAST_DAY) ? LAST_DAY : later;
    }

    /** A day from {@code fromOffset} days after the first day to the last day. */
    private LocalDate day(int fromOffset) {
        int offset = Math.min(fromOffset, DAYS - 1);
        return FIRST_DAY.plusDays(offset + random.nextInt(DAYS - offset));
    }

    private static LocalDate atPrecision(LocalDate day, String precision) {
        return switch (precision) {
            case "YEAR" -> day.withDayOfYear(1);
            case "MONTH" -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
