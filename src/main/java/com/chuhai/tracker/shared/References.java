package com.chuhai.tracker.shared;

import com.chuhai.tracker.shared.DomainException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves the slugs and codes a request body names, collecting every unknown one so that a client
 * hears of all of them at once: call {@link #check()} after the last lookup.
 */
public final class References {

    private final List<FieldProblem> problems = new ArrayList<>();

    /** The item {@code key} names, or null (and a problem) when there is none. */
    public <T> T require(String field, String key, Function<String, Optional<T>> finder) {
        Optional<T> found = finder.apply(key);
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "reference.unknown", key));
        }
        return found.orElse(null);
    }

    /** Like {@link #require}, but a null key stands for "none" and yields null. */
    public <T> T optional(String field, String key, Function<String, Optional<T>> finder) {
        return key == null ? null : require(field, key, finder);
    }

    /** Records a problem found by the caller, to be thrown with the others. */
    public void problem(String field, String code, Object... args) {
        problems.add(new FieldProblem(field, code, args));
    }

    /** Records a date precision sent without its date. */
    public void requireDateFor(String precisionField, Object precision, Object date) {
        if (precision != null && date == null) {
            problems.add(new FieldProblem(precisionField, "precision.withoutDate"));
        }
    }

    /** Throws every problem found so far, if any. */
    public void check() {
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
    }
}
