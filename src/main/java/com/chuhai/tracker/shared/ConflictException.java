package com.chuhai.tracker.shared;

import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that clashes with the stored data: a record changed since the client read it, a key taken,
 * a row still in use. Carries a message code and arguments like {@link RuleViolationException}.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public ConflictException(String code, Object... args) {
        super(code + " " + Arrays.toString(args));
        this.code = code;
        this.args = args.clone();
    }

    public String getCode() {
        return code;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
