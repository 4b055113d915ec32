package com.chuhai.tracker.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure caused by the database being unreachable (stopped, restarting, or the pool unable to
 * hand out a connection in time) from every other one: the first is worth a "try again shortly", the
 * second is a fault.
 */
public final class DatabaseOutage {

    /**
     * HikariCP's answer, with no SQL state, once it closed a connection the database dropped: e.g. the
     * rollback after a query failed because the server went away.
     */
    private static final String CLOSED_BY_POOL = "Connection is closed";

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (isConnectionState(sql.getSQLState()) || CLOSED_BY_POOL.equals(sql.getMessage()))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** SQL states of a lost or refused connection (08) and of a server shutting down or starting (57P). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
