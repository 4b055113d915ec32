package com.chuhai.tracker.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The item a request names does not exist, e.g. {@code companies/unknown-slug}. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, Object key) {
        super("No " + kind + " " + key);
        this.kind = kind;
        this.key = String.valueOf(key);
    }

    /** What was looked for, e.g. {@code company}. */
    public String getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }
}
