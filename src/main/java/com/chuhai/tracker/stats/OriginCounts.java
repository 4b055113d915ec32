package com.chuhai.tracker.stats;

/**
 * Distinct companies using providers of each origin. A multi-cloud company counts once in each origin
 * it uses, so the counts can sum to more than {@code tracked}; {@code both} uses US and Chinese
 * providers at once.
 */
public record OriginCounts(long tracked, long us, long cn, long other, long both) {

    public static final OriginCounts NONE = new OriginCounts(0, 0, 0, 0, 0);

    /** A count as a percentage of {@code tracked}, or 0 when nothing is tracked. */
    public double percentOfTracked(long count) {
        return tracked == 0 ? 0 : 100.0 * count / tracked;
    }
}
