package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.shared.DomainException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tries what a suggestion proposes through the records' services in a transaction that is rolled
 * back whatever happens, so that the rules live in those services once and a suggestion they would
 * refuse is refused with their field errors, named as the suggestion's fields.
 */
@Component
class Rehearsal {

    private final TransactionTemplate transactions;

    Rehearsal(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Does {@code work} and rolls it back; what it refuses comes out under {@code prefix} (see {@link #prefixed}). */
    void tryOut(String prefix, Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            prefixed(prefix, () -> {
                work.run();
                return null;
            });
        });
    }

    /**
     * {@code work}'s field errors named as the suggestion's fields: {@code adoption.startDate} under
     * the prefix {@code adoption}, and a correction's (no prefix) as {@code value}.
     */
    static <T> T prefixed(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException e) {
            throw e.renameFields(field -> prefix == null ? "value" : field == null ? prefix : prefix + "." + field);
        }
    }
}
