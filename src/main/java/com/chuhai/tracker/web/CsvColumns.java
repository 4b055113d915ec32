package com.chuhai.tracker.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of a CSV export: each a header and how to read its value from a row. The import reads
 * the same columns, so that an export can be edited and imported back.
 */
public final class CsvColumns<T> {

    /** Separates the items of a list value (source URLs never contain a space). */
    public static final String LIST_SEPARATOR = " ";

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, ?>> values = new ArrayList<>();

    private CsvColumns() {}

    public static <T> CsvColumns<T> of() {
        return new CsvColumns<>();
    }

    public CsvColumns<T> column(String header, Function<T, ?> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    public List<String> headers() {
        return List.copyOf(headers);
    }

    /** The row's cells as text: empty for null, ISO for dates, codes for enumerations. */
    List<String> cells(T row) {
        List<String> cells = new ArrayList<>(values.size());
        for (Function<T, ?> value : values) {
            cells.add(text(value.apply(row)));
        }
        return cells;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CsvColumns::text).collect(Collectors.joining(LIST_SEPARATOR));
        }
        return defuseFormula(value.toString(), value instanceof String);
    }

    /**
     * Spreadsheets run a cell that starts with = + - or @ as a formula; a text value that does gets a
     * leading apostrophe, which spreadsheets hide and the import removes.
     */
    private static String defuseFormula(String text, boolean isText) {
        if (isText && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
