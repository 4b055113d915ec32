package com.chuhai.tracker.shared;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the domain refuses, the one exception type for it: its status (400 for input that cannot
 * be used or breaks a rule, 404 for an item that does not exist, 409 for a clash with the stored data),
 * a message code with its arguments, and for bad input every problem found, each naming its field.
 * The codes are resolved in the reader's language where the refusal is shown: beside a form's fields
 * ({@code web/FormErrors}), in an API problem ({@code web/ApiProblemHandler}), on an import's line.
 */
public class DomainException extends ErrorResponseException {

    private final String code;
    private final transient Object[] args;
    private final transient List<FieldProblem> problems;

    private DomainException(HttpStatus status, String code, Object[] args, List<FieldProblem> problems) {
        super(status, ProblemDetail.forStatus(status), null, code, args);
        this.code = code;
        this.args = args.clone();
        this.problems = List.copyOf(problems);
    }

    /** Input that cannot be used, or would break a rule of the domain, at one field (null: the whole). */
    public static DomainException invalid(String field, String code, Object... args) {
        return invalid(List.of(new FieldProblem(field, code, args)));
    }

    /** Input with every problem found in it. */
    public static DomainException invalid(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one problem");
        }
        return new DomainException(HttpStatus.BAD_REQUEST, "problem.badRequest", new Object[0], problems);
    }

    /** The item a request names does not exist: {@code kind} is e.g. {@code company}, {@code key} its slug. */
    public static DomainException notFound(String kind, Object key) {
        Object[] args = {new DefaultMessageSourceResolvable(new String[] {"kind." + kind}, kind), String.valueOf(key)};
        return new DomainException(HttpStatus.NOT_FOUND, "problem.notFound", args, List.of());
    }

    /** A clash with the stored data: a record changed since it was read, a key taken, a row in use. */
    public static DomainException conflict(String code, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, code, args, List.of());
    }

    /** This refusal of input with its fields renamed by {@code rename}; any other refusal as it is. */
    public DomainException renameFields(UnaryOperator<String> rename) {
        if (!isInvalid()) {
            return this;
        }
        return invalid(getProblems().stream()
                .map(p -> new FieldProblem(rename.apply(p.field()), p.code(), p.args()))
                .toList());
    }

    /** This refusal with {@code prefix} taken off its fields' names ({@code adoption.startDate} is a form's {@code startDate}). */
    public DomainException withoutFieldPrefix(String prefix) {
        return renameFields(
                field -> field != null && field.startsWith(prefix) ? field.substring(prefix.length()) : field);
    }

    public boolean isInvalid() {
        return getStatusCode().value() == HttpStatus.BAD_REQUEST.value();
    }

    public boolean isConflict() {
        return getStatusCode().value() == HttpStatus.CONFLICT.value();
    }

    /** The message code of the whole refusal (for bad input, {@code problem.badRequest}). */
    public String getCode() {
        return code;
    }

    public Object[] getArgs() {
        return args.clone();
    }

    /** For bad input, each problem with its field; empty otherwise. */
    public List<FieldProblem> getProblems() {
        return problems;
    }

    /** The field the (first) problem names, or null. */
    public String getField() {
        return problems.isEmpty() ? null : problems.get(0).field();
    }

    /** For the log: the status, the code and its arguments, and each problem. */
    @Override
    public String getMessage() {
        return getStatusCode().value() + " " + code + " " + readable(args) + (problems.isEmpty() ? "" : " " + problems);
    }

    private static String readable(Object[] args) {
        return Arrays.stream(args)
                .map(arg -> arg instanceof MessageSourceResolvable what ? what.getDefaultMessage() : arg)
                .toList()
                .toString();
    }
    /** One problem: the field (null for the whole input), a message code and its arguments. */
    public record FieldProblem(String field, String code, Object... args) {
        @Override
        public String toString() {
            return field + ": " + code + " " + readable(args);
        }
    }
}
