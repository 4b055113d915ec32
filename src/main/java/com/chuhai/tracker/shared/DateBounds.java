package com.chuhai.tracker.shared;

import java.time.LocalDate;

/** The dates a filter may ask about: anything from 1900 to 2100; others are typing mistakes. */
public final class DateBounds {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private DateBounds() {}

    /** True for null (no filter) and for dates within the bounds. */
    public static boolean usable(LocalDate date) {
        return date == null || (!date.isBefore(FIRST) && !date.isAfter(LAST));
    }
}
