package com.chuhai.tracker.stats;

/** Per-origin counts within one region or one sector; {@code key} is the region code or sector name. */
public record GroupCount(String key, String name, OriginCounts counts) {}
