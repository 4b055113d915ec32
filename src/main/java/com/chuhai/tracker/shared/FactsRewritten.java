package com.chuhai.tracker.shared;

/**
 * Published, inside the writing transaction, by a bulk writer that wrote facts past the entities
 * (synthetic data, in SQL): whatever is derived from the facts is rebuilt before that transaction
 * commits (the statistics' spells).
 */
public record FactsRewritten() {}
