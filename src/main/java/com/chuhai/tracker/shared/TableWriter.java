package com.chuhai.tracker.shared;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows at once inside the caller's transaction (synthetic data, statistics spells): PostgreSQL's COPY, or JDBC batches on
 * the embedded H2. Ids are taken from each table's identity, reserved in blocks, so rows written by
 * the app at the same time never collide with them.
 */
public interface TableWriter {

    /** Reserves {@code count} consecutive ids of {@code table}'s identity and returns the first. */
    long reserveIds(String table, int count);

    void write(String table, List<String> columns, List<Object[]> rows);

    /** Called once all rows are written, before commit. */
    void finish();

    /**
     * Whether the database is PostgreSQL, asked of the caller's transaction's connection when there is
     * one (so a caller inside a transaction never waits for a second connection of a full pool).
     */
    static boolean isPostgres(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static TableWriter on(Connection connection, JdbcTemplate jdbc) throws SQLException {
        return connection.isWrapperFor(PGConnection.class)
                ? new Copy(connection.unwrap(PGConnection.class), jdbc)
                : new Batch(jdbc);
    }

    /** PostgreSQL: COPY in CSV form; ids reserved by moving the identity sequence past a block. */
    final class Copy implements TableWriter {

        private final PGConnection connection;
        private final JdbcTemplate jdbc;

        Copy(PGConnection connection, JdbcTemplate jdbc) {
            this.connection = connection;
            this.jdbc = jdbc;
        }

        @Override
        public long reserveIds(String table, int count) {
            if (count == 0) {
                return 0;
            }
            Long last = jdbc.queryForObject(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?, 'id')) + ? - 1)",
                    Long.class,
                    table,
                    table,
                    count);
            return last - count + 1;
        }

        @Override
        public void write(String table, List<String> columns, List<Object[]> rows) {
            if (rows.isEmpty()) {
                return;
            }
            StringBuilder csv = new StringBuilder(rows.size() * 96);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        csv.append(',');
                    }
                    appendCsv(csv, row[i]);
                }
                csv.append('\n');
            }
            String sql = "COPY %s (%s) FROM STDIN (FORMAT csv)".formatted(table, String.join(", ", columns));
            try {
                connection.getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not copy rows into " + table + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void finish() {}

        /** Null is an empty field; text is always quoted, so an empty string stays a string. */
        private static void appendCsv(StringBuilder csv, Object value) {
            if (value == null) {
                return;
            }
            if (value instanceof String text) {
                csv.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(value);
            }
        }
    }

    /** H2: JDBC batches; ids counted from the largest one, and the identity restarted after them. */
    final class Batch implements TableWriter {

        private final JdbcTemplate jdbc;
        private final Map<String, Long> nextIds = new HashMap<>();

        Batch(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public long reserveIds(String table, int count) {
            long first = nextIds.computeIfAbsent(
                    table, t -> jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM " + t, Long.class));
            nextIds.put(table, first + count);
            return first;
        }

        @Override
        public void write(String table, List<String> columns, List<Object[]> rows) {
            String sql = "INSERT INTO %s (%s) VALUES (%s)"
                    .formatted(
                            table,
                            String.join(", ", columns),
                            String.join(", ", Collections.nCopies(columns.size(), "?")));
            jdbc.batchUpdate(sql, rows);
        }

        @Override
        public void finish() {
            nextIds.forEach((table, next) ->
                    jdbc.execute("ALTER TABLE %s ALTER COLUMN id RESTART WITH %d".formatted(table, next)));
        }
    }
}
