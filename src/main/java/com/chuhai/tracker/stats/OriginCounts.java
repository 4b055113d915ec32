package com.chuhai.tracker.stats;

/**
 * Distinct companies using providers of each origin, and keeping data with an operator not disclosed
 * ({@code undisclosed}). A multi-cloud company counts once in each origin it uses, so the counts can
 * sum to more than {@code tracked}; {@code both} uses US and Chinese providers at once.
 */
public record OriginCounts(long tracked, long us, long cn, long other, long undisclosed, long both) {

    public static final OriginCounts NONE = new OriginCounts(0, 0, 0, 0, 0, 0);

    /** Counts where every operator is disclosed. */
    public OriginCounts(long tracked, long us, long cn, long other, long both) {
        this(tracked, us, cn, other, 0, both);
    }

    /** The count of one origin bucket. */
    public long of(com.chuhai.tracker.provider.Origin origin) {
        return switch (origin) {
            case US -> us;
            case CN -> cn;
            case OTHER -> other;
            case UNDISCLOSED -> undisclosed;
        };
    }

    /** A count as a percentage of {@code tracked}, or 0 when nothing is tracked. */
    public double percentOfTracked(long count) {
        return tracked == 0 ? 0 : 100.0 * count / tracked;
    }
}
