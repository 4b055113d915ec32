package com.chuhai.tracker.provider;

public enum ProviderKind {
    PUBLIC_CLOUD,
    COLOCATION,
    OWN_DATA_CENTRES
}
