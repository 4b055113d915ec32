package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.provider.Origin;
import java.util.List;

/**
 * What dashboard.js draws, serialized by the server into a {@code data-chart} attribute: labels and
 * one or more series of values, each coloured by origin (per bar or for the whole series), and where
 * each bar leads: one address per bar, or for several series one list of addresses per series.
 */
record ChartData(String type, List<String> labels, List<Series> series, List<?> links, String valueLabel) {

    static final String BAR = "bar";
    static final String LINE = "line";

    /** One series; {@code origins} colours each bar, else {@code origin} colours the series. */
    record Series(String label, List<? extends Number> values, List<Origin> origins, Origin origin, boolean muted) {

        static Series perBar(String label, List<? extends Number> values, List<Origin> origins) {
            return new Series(label, values, origins, null, false);
        }

        static Series of(String label, List<? extends Number> values, Origin origin) {
            return new Series(label, values, null, origin, false);
        }

        /** A paler series, for context such as the world market beside the tracked companies. */
        static Series muted(String label, List<? extends Number> values, Origin origin) {
            return new Series(label, values, null, origin, true);
        }
    }
}
