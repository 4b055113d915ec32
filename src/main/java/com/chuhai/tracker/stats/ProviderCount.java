package com.chuhai.tracker.stats;

import com.chuhai.tracker.provider.Origin;

/** Distinct companies with an active adoption of a provider. */
public record ProviderCount(String provider, String name, Origin origin, long companies) {}
