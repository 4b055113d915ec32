package com.chuhai.tracker.suggestion;

/** Where a suggestion stands: waiting for an editor, applied, or turned down with a reason. */
public enum SuggestionStatus {
    NEW,
    ACCEPTED,
    REJECTED
}
