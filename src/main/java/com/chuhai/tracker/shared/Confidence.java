package com.chuhai.tracker.shared;

/** How sure we are of a claim. */
public enum Confidence {
    /** Stated by the company or the provider itself. */
    CONFIRMED,
    /** Reported by the press or analysts. */
    REPORTED,
    /** Deduced from indirect evidence. */
    INFERRED
}
