package com.chuhai.tracker.importing;

import java.util.List;
import java.util.Map;

/**
 * Imports one kind of row from CSV, with the columns its export writes, so that an export can be
 * edited and imported back. Each feature implements it for its own rows; the import page runs all rows
 * of a file in one transaction.
 */
public interface CsvImporter {

    /** The kind as the import form names it, e.g. {@code companies}. */
    String kind();

    /** The columns a file must have; others are refused. */
    List<String> requiredColumns();

    /** Every column a file may have. */
    List<String> columns();

    /**
     * Saves one row: creates it, or updates the row it names (by slug or id). Throws the usual domain
     * exceptions for a row that cannot be saved; cells are read with {@link CsvCells}.
     */
    void importRow(Map<String, String> row);
}
