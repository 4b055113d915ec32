package com.chuhai.tracker.shared;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that would break a rule of the domain (e.g. ending an adoption before it started). It
 * names the field at fault and a message code with its arguments, resolved in the reader's language
 * where it is shown (messages.properties).
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] args;

    public RuleViolationException(String field, String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.field = field;
        this.code = code;
        this.args = args.clone();
    }

    /** The input field at fault, as the API and the forms name it (e.g. {@code endDate}). */
    public String getField() {
        return field;
    }

    public String getCode() {
        return code;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
