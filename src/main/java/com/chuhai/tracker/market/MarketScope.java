package com.chuhai.tracker.market;

public enum MarketScope {
    WORLDWIDE,
    CHINA
}
