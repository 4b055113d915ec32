package com.chuhai.tracker.stats;

import java.time.LocalDate;

/** The per-origin counts at the end of a year (today for the current year). */
public record TimelinePoint(int year, LocalDate asOf, OriginCounts counts) {}
