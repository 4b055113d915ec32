package com.chuhai.tracker.migration;

public enum MigrationReason {
    GEOPOLITICS_COMPLIANCE,
    COST,
    PERFORMANCE,
    PRODUCT,
    OTHER
}
