package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Streams every matching row of a list as RFC 4180 CSV in UTF-8, with a header row. Rows are written
 * as the database yields them, so an export of any size needs little memory.
 */
public final class CsvExport {

    private static final Logger log = LoggerFactory.getLogger(CsvExport.class);

    public static final String TEXT_CSV = "text/csv";

    /** The query parameter that asks for the Excel variant of a CSV export. */
    public static final String EXCEL = "excel";

    /**
     * Exports running at once. Each holds a database connection while its client reads, so a few slow
     * downloads must not take the whole pool: beyond this, a client is asked to retry (503).
     */
    static final int CONCURRENT_EXPORTS = 4;

    /** Exports one client address may run at once, so that one client cannot take every slot. */
    static final int PER_CLIENT = 2;

    /**
     * The longest an export may run, its client's reading included: past it the export stops and the
     * connection is dropped (the client sees a broken download, never a complete-looking cut file), so
     * a slow reader frees its slot and connection. A reader that stops reading altogether is cut off
     * sooner, by the server's write timeout ({@code server.tomcat.connection-timeout}).
     */
    static final Duration MAX_DURATION = Duration.ofMinutes(2);

    private static final Semaphore RUNNING = new Semaphore(CONCURRENT_EXPORTS);

    /** Exports running per client address. */
    private static final Map<String, Integer> BY_CLIENT = new ConcurrentHashMap<>();

    private CsvExport() {}

    /**
     * Writes the header, then every row {@code rows} hands to its consumer. Validate the request before
     * calling this: once the first bytes are sent, an error can no longer become a 400.
     */
    public static <T> void write(
            HttpServletResponse response, String name, CsvColumns<T> columns, Consumer<Consumer<T>> rows)
            throws IOException {
        write(response, name, columns, rows, client(), Clock.systemUTC(), MAX_DURATION);
    }

    static <T> void write(
            HttpServletResponse response,
            String name,
            CsvColumns<T> columns,
            Consumer<Consumer<T>> rows,
            String client,
            Clock clock,
            Duration maxDuration)
            throws IOException {
        if (BY_CLIENT.merge(client, 1, Integer::sum) > PER_CLIENT || !RUNNING.tryAcquire()) {
            leave(client);
            log.warn(
                    "Refused a CSV export of {} to {}: {} exports already running, or {} of this client",
                    name,
                    client,
                    CONCURRENT_EXPORTS,
                    PER_CLIENT);
            throw new ExportsBusyException();
        }
        Instant deadline = clock.instant().plus(maxDuration);
        try {
            response.setContentType(TEXT_CSV + ";charset=UTF-8");
            response.setHeader(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment()
                            .filename(name + ".csv")
                            .build()
                            .toString());
            Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
            if (forExcel()) {
                // Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark.
                writer.write('\uFEFF');
            }
            CSVPrinter printer = CSVFormat.RFC4180
                    .builder()
                    .setHeader(columns.headers().toArray(String[]::new))
                    .get()
                    .print(writer);
            rows.accept(row -> {
                if (clock.instant().isAfter(deadline)) {
                    throw new UncheckedIOException(new IOException(
                            "CSV export " + name + " stopped after " + maxDuration + ": its client read too slowly"));
                }
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
            leave(client);
        }
    }

    private static void leave(String client) {
        BY_CLIENT.computeIfPresent(client, (address, running) -> running == 1 ? null : running - 1);
    }

    /**
     * Whether the request asks for the Excel variant ({@code excel=true}): the same CSV after a
     * byte-order mark, without which Excel misreads UTF-8 and garbles Chinese names.
     */
    private static boolean forExcel() {
        HttpServletRequest request = currentRequest();
        return request != null && "true".equalsIgnoreCase(request.getParameter(EXCEL));
    }

    /** The current request's client, as every per-client limit counts it ({@link ClientAddress}). */
    private static String client() {
        HttpServletRequest request = currentRequest();
        return ClientAddress.of(request == null ? null : request.getRemoteAddr());
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** Too many exports are running; the client should retry shortly. */
    static class ExportsBusyException extends ErrorResponseException {
        ExportsBusyException() {
            super(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE),
                    null,
                    "problem.exportsBusy",
                    null);
            getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        }
    }
}
