package com.chuhai.tracker.region;

public enum RegionCategory {
    /** A destination market that demands local data, e.g. the US or the EU. */
    MAJOR_MARKET,
    /** A neutral hub such as Singapore. */
    NEUTRAL_HUB,
    MAINLAND_CHINA,
    OTHER
}
