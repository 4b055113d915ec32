package com.chuhai.tracker.history;

import java.util.List;

/**
 * The history of one kind of record, as a feature offers it to the history pages
 * ({@code /admin/{kind}/{key}/history}): its versions, and restoring one of them.
 */
public interface RecordHistory {

    /** The kind as the admin addresses name it, e.g. {@code companies}. */
    String kind();

    /** The record's name for the page title, e.g. the company's name. */
    String title(String key);

    /** Every version, oldest first, with the fields that changed in each. */
    List<HistoryService.Version> versions(String key);

    /**
     * Makes the record as it was in that revision; the restore is itself a new version. Returns the
     * record's key afterwards (a slug may have been restored too). Throws the domain exceptions of an
     * edit when that state is no longer allowed.
     */
    String restore(String key, long revision);

    /** The message code prefix of the record's field names, e.g. {@code company.field.}. */
    String fieldMessages();
}
