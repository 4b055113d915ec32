package com.chuhai.tracker.shared;

import java.time.LocalDate;

/**
 * How precisely a date is known. A date known to the month or the year is stored as the first day of
 * that month or year, so that "June 2022" stays "June 2022" and is never shown as 1 June.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** A request's precision of one date as a form shows it: its own, else the one of both dates, else DAY. */
    public static DatePrecision shown(DatePrecision own, DatePrecision both) {
        return own != null ? own : both != null ? both : DAY;
    }

    /** The first day of the period this precision keeps, e.g. 2022-06-17 at MONTH is 2022-06-01. */
    public LocalDate truncate(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }
}
