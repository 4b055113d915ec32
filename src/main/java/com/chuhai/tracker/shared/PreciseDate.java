package com.chuhai.tracker.shared;

import java.time.LocalDate;
import java.util.Objects;

/** A date together with how precisely it is known; the date is normalised to its period's first day. */
public record PreciseDate(LocalDate date, DatePrecision precision) {

    public PreciseDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = precision.truncate(date);
    }

    /**
     * The date at the first of the given precisions that is set (DAY when none is), or null when there
     * is no date, e.g. {@code ofNullable(startDate, startPrecision, datePrecision)}.
     */
    public static PreciseDate ofNullable(LocalDate date, DatePrecision... precisions) {
        if (date == null) {
            return null;
        }
        for (DatePrecision precision : precisions) {
            if (precision != null) {
                return new PreciseDate(date, precision);
            }
        }
        return new PreciseDate(date, DatePrecision.DAY);
    }

    public static PreciseDate day(LocalDate date) {
        return new PreciseDate(date, DatePrecision.DAY);
    }

    public static PreciseDate month(int year, int month) {
        return new PreciseDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PreciseDate year(int year) {
        return new PreciseDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }
}
