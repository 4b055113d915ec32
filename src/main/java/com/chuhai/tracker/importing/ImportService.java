package com.chuhai.tracker.importing;

import com.chuhai.tracker.shared.DomainException;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a CSV file through the importer of its kind, row by row, in one transaction: a dry run rolls it
 * back and reports every bad row by line; the real run commits only when no row failed.
 */
@Service
class ImportService {

    /** The most rows one file may hold. */
    static final int MAX_ROWS = 20_000;

    static final int PREVIEW_ROWS = 20;

    /** Problems listed, the first ones; the rest are counted. A file of 20,000 bad rows lists 100. */
    static final int MAX_ERRORS = 100;

    /** Rows saved between two clears of the persistence context, so that memory and flushes stay small. */
    static final int CHUNK = 100;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Map<String, CsvImporter> importers = new LinkedHashMap<>();
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final MessageSource messages;

    ImportService(
            List<CsvImporter> importers,
            PlatformTransactionManager transactionManager,
            EntityManager entityManager,
            MessageSource messages) {
        importers.forEach(importer -> this.importers.put(importer.kind(), importer));
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.messages = messages;
    }

    List<String> kinds() {
        return List.copyOf(importers.keySet());
    }

    List<String> columns(String kind) {
        return importer(kind).columns();
    }

    /**
     * Imports {@code text} (CSV with a header row; a byte-order mark is ignored). With {@code commit}
     * false, or when any row fails, nothing is saved.
     */
    Result run(String kind, String text, boolean commit) {
        CsvImporter importer = importer(kind);
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> records = new ArrayList<>();
        List<String> header;
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(content))) {
            header = parser.getHeaderNames();
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                records.add(new Line(nextLine, record));
                nextLine = parser.getCurrentLineNumber() + 1;
                if (records.size() > MAX_ROWS) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Result.failed(List.of(new LineError(1, message("import.malformed"))));
        }
        List<LineError> headerErrors = checkHeader(importer, header);
        if (!headerErrors.isEmpty()) {
            return Result.failed(headerErrors);
        }
        if (records.size() > MAX_ROWS) {
            return Result.failed(List.of(new LineError(1, message("import.tooManyRows", MAX_ROWS))));
        }
        LineErrors errors = new LineErrors();
        List<Map<String, String>> preview = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            int saved = 0;
            for (Line numbered : records) {
                long line = numbered.number();
                CSVRecord record = numbered.record();
                Map<String, String> row = record.toMap();
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(row);
                }
                if (!record.isConsistent()) {
                    errors.add(new LineError(line, message("import.columnCount", header.size())));
                    continue;
                }
                try {
                    importer.importRow(row);
                    if (++saved % CHUNK == 0) {
                        entityManager.flush();
                        entityManager.clear();
                    }
                } catch (DomainException e) {
                    if (e.getProblems().isEmpty()) {
                        errors.add(new LineError(line, message(e.getCode(), e.getArgs())));
                    }
                    e.getProblems()
                            .forEach(p ->
                                    errors.add(new LineError(line, p.field() + ": " + message(p.code(), p.args()))));
                    entityManager.clear();
                } catch (DataAccessException e) {
                    log.info("Import row {} of {} refused: {}", line, kind, e.getMessage());
                    errors.add(new LineError(line, message("import.rowRefused")));
                    entityManager.clear();
                }
            }
            if (!commit || !errors.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        boolean saved = commit && errors.isEmpty();
        if (saved) {
            log.info("Imported {} {} rows", records.size(), kind);
        }
        return new Result(records.size(), header, preview, errors.listed, errors.count, saved);
    }

    private List<LineError> checkHeader(CsvImporter importer, List<String> header) {
        List<LineError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(importer.columns());
        for (String column : header) {
            if (!known.contains(column)) {
                errors.add(new LineError(
                        1, message("import.unknownColumn", column, String.join(", ", importer.columns()))));
            }
        }
        for (String required : importer.requiredColumns()) {
            if (!header.contains(required)) {
                errors.add(new LineError(1, message("import.missingColumn", required)));
            }
        }
        return errors;
    }

    private CsvImporter importer(String kind) {
        CsvImporter importer = kind == null ? null : importers.get(kind.toLowerCase(Locale.ROOT));
        if (importer == null) {
            throw DomainException.invalid("kind", "import.unknownKind", kind);
        }
        return importer;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** A record and the line of the file it starts on (a quoted cell may span several lines). */
    private record Line(long number, CSVRecord record) {}

    /** One bad line: its number in the file (the header is line 1) and why. */
    record LineError(long line, String message) {}

    /** The first {@link #MAX_ERRORS} problems of a run, and how many there were. */
    private static final class LineErrors {

        private final List<LineError> listed = new ArrayList<>();
        private int count;

        void add(LineError error) {
            if (listed.size() < MAX_ERRORS) {
                listed.add(error);
            }
            count++;
        }

        boolean isEmpty() {
            return count == 0;
        }
    }

    /**
     * What a run did: rows read, the header, the first rows, the first {@link #MAX_ERRORS} problems and
     * how many there were, and whether it saved.
     */
    record Result(
            int rows,
            List<String> header,
            List<Map<String, String>> preview,
            List<LineError> errors,
            int errorCount,
            boolean saved) {

        static Result failed(List<LineError> errors) {
            return new Result(0, List.of(), List.of(), errors, errors.size(), false);
        }

        /** Problems found but not listed. */
        public int unlisted() {
            return errorCount - errors.size();
        }

        public boolean ok() {
            return errorCount == 0;
        }
    }
}
