package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.company.Sector;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dashboard's filters as they arrive in the URL; every field is optional. {@code from} and
 * {@code to} are years: the timeline's span and the window of the migration flows.
 */
record DashboardFilter(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
        Sector sector,
        String region,
        Integer from,
        Integer to) {}
