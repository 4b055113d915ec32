package com.chuhai.tracker.suggestion;

/** What a reader suggests: a new adoption, a new migration (or relocation), or a corrected field. */
public enum SuggestionKind {
    ADOPTION,
    MIGRATION,
    CORRECTION
}
