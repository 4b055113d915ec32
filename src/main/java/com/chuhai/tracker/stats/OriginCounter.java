package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;

/** Sums of per-origin counts, fed with origin bit masks (bit {@link Origin#ordinal()}). */
final class OriginCounter {

    private final long[] origins = new long[Origin.values().length];
    private long tracked;
    private long both;

    void add(int mask, long companies) {
        if (mask == 0) {
            return;
        }
        tracked += companies;
        for (Origin origin : Origin.values()) {
            if ((mask & Spells.bit(origin)) != 0) {
                origins[origin.ordinal()] += companies;
            }
        }
        int usAndCn = Spells.bit(Origin.US) | Spells.bit(Origin.CN);
        if ((mask & usAndCn) == usAndCn) {
            both += companies;
        }
    }

    void addAll(OriginCounter other) {
        tracked += other.tracked;
        both += other.both;
        for (int i = 0; i < origins.length; i++) {
            origins[i] += other.origins[i];
        }
    }

    OriginCounts counts() {
        return new OriginCounts(
                tracked,
                origins[Origin.US.ordinal()],
                origins[Origin.CN.ordinal()],
                origins[Origin.OTHER.ordinal()],
                origins[Origin.UNDISCLOSED.ordinal()],
                both);
    }
}
