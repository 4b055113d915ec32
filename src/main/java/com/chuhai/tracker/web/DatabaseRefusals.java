package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.DomainException;
import java.sql.SQLException;
import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What a refusal by the database means to the client, as the domain's refusal it stands for. Its
 * constraint names say why a write was refused (uk_… a key taken, fk_… a row still in use, ck_… a value
 * out of bounds); a value the database cannot hold (SQL state class 22, e.g. a NUL character) is bad
 * input too, though no rule of ours caught it first; a row changed meanwhile, or a deadlock broken
 * between two writes, is a clash. The SQL and the database's own message stay out of the answer.
 */
final class DatabaseRefusals {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRefusals.class);

    private DatabaseRefusals() {}

    /** The refusal {@code ex} stands for, logged for {@code request}; null when it is not one. */
    static DomainException of(Exception ex, String request) {
        SQLException sql = Problems.cause(ex, SQLException.class);
        if (!(ex instanceof DataAccessException)) {
            return null;
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            log.info("{}: value refused by the database (SQL state {})", request, sql.getSQLState());
            return DomainException.invalid(null, "body.invalidValue");
        }
        if (ex instanceof ConcurrencyFailureException) {
            log.info("{}: concurrent change refused: {}", request, ex.getMessage());
            return DomainException.conflict(
                    ex instanceof OptimisticLockingFailureException ? "problem.staleVersion" : "problem.concurrent");
        }
        if (!(ex instanceof DataIntegrityViolationException)) {
            return null;
        }
        ConstraintViolationException violation = Problems.cause(ex, ConstraintViolationException.class);
        String name = violation == null || violation.getConstraintName() == null
                ? "unknown"
                : violation.getConstraintName().toLowerCase(Locale.ROOT);
        log.info("{}: write refused by the database (constraint {})", request, name);
        String key = "constraint." + name;
        if (name.startsWith("uk_")) {
            return DomainException.conflict(key);
        }
        if (name.startsWith("fk_")) {
            return DomainException.conflict(
                    "problem.inUse", new DefaultMessageSourceResolvable(new String[] {key}, key));
        }
        if (name.startsWith("ck_")) {
            return DomainException.invalid(null, key);
        }
        return DomainException.conflict("problem.conflict");
    }
}
