package com.chuhai.tracker.migration;

public enum MigrationStatus {
    ANNOUNCED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
