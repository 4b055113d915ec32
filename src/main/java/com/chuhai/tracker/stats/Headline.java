package com.chuhai.tracker.stats;

import java.time.LocalDate;

/** The dashboard's headline: origin counts as of a date and how many counted rows lack a source. */
public record Headline(LocalDate asOf, OriginCounts counts, long unsourced) {}
