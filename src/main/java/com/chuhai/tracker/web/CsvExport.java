package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Streams every matching row of a list as RFC 4180 CSV in UTF-8, with a header row. Rows are written
 * as the database yields them, so an export of any size needs little memory.
 */
public final class CsvExport {

    public static final String TEXT_CSV = "text/csv";

    /**
     * Exports running at once. Each holds a database connection while its client reads, so a few slow
     * downloads must not take the whole pool: beyond this, a client is asked to retry (503).
     */
    static final int CONCURRENT_EXPORTS = 4;

    private static final Semaphore RUNNING = new Semaphore(CONCURRENT_EXPORTS);

    private CsvExport() {}

    /**
     * Writes the header, then every row {@code rows} hands to its consumer. Validate the request before
     * calling this: once the first bytes are sent, an error can no longer become a 400.
     */
    public static <T> void write(
            HttpServletResponse response, String name, CsvColumns<T> columns, Consumer<Consumer<T>> rows)
            throws IOException {
        if (!RUNNING.tryAcquire()) {
            throw new ExportsBusyException();
        }
        try {
            response.setContentType(TEXT_CSV + ";charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(name + ".csv")
                            .build()
                            .toString());
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            CSVPrinter printer = CSVFormat.RFC4180
                    .builder()
                    .setHeader(columns.headers().toArray(String[]::new))
                    .get()
                    .print(writer);
            rows.accept(row -> {
                try {
                    printer.printRecord(columns.cells(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.close(true);
        } catch (RuntimeException e) {
            // Not flushed: if nothing reached the client yet, the failure can still be answered properly.
            if (!response.isCommitted()) {
                response.reset();
            }
            throw e;
        } finally {
            RUNNING.release();
        }
    }

    /** Too many exports are running; the client should retry shortly. */
    static class ExportsBusyException extends RuntimeException {
        ExportsBusyException() {
            super("Too many CSV exports at once");
        }
    }
}
