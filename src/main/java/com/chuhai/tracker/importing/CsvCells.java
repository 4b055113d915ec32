package com.chuhai.tracker.importing;

import com.chuhai.tracker.shared.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the cells of an imported CSV row; a bad value is an {@link DomainException} naming its column. */
public final class CsvCells {

    private CsvCells() {}

    /**
     * A text cell, trimmed, null when empty. The apostrophe an export put before a value starting with
     * = + - @ (so that spreadsheets do not run it) is removed.
     */
    public static String text(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > 1 && trimmed.charAt(0) == '\'' && "=+-@".indexOf(trimmed.charAt(1)) >= 0) {
            return trimmed.substring(1);
        }
        return trimmed;
    }

    public static LocalDate date(Map<String, String> row, String column) {
        String value = text(row, column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(column, "import.badDate", value);
        }
    }

    public static Integer integer(Map<String, String> row, String column) {
        String value = text(row, column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(column, "import.badNumber", value);
        }
    }

    public static Long id(Map<String, String> row, String column) {
        String value = text(row, column);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw DomainException.invalid(column, "import.badNumber", value);
        }
    }

    public static <E extends Enum<E>> E code(Map<String, String> row, String column, Class<E> type) {
        String value = text(row, column);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        column, "import.badCode", value, Arrays.toString(type.getEnumConstants())));
    }

    /** A list cell: items separated by spaces (source URLs never contain one). */
    public static List<String> list(Map<String, String> row, String column) {
        String value = text(row, column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\\s+")).filter(Objects::nonNull).toList();
    }
}
