package com.chuhai.tracker.shared;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that cannot be used, with every problem found, each naming its field (or parameter). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(new FieldProblem(field, code, args)));
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    /** One problem: the field, a message code and its arguments. */
    public record FieldProblem(String field, String code, Object... args) {}
}
