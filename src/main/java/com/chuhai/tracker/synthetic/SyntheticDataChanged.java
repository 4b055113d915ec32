package com.chuhai.tracker.synthetic;

/** Published once a generation or removal of synthetic data has committed. */
public record SyntheticDataChanged(int companies) {}
