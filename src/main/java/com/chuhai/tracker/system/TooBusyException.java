package com.chuhai.tracker.system;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Too many expensive computations are running at once: the request is refused with 503 and
 * {@code Retry-After} rather than queued until the database's connections run out. Not an outage: the
 * database is fine, and cheap requests go on being answered.
 */
public class TooBusyException extends ErrorResponseException {

    /** Seconds a client should wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private final String reason;

    /** {@code reason} is the message key that says what is busy. */
    public TooBusyException(String reason) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE),
                null,
                reason,
                null);
        this.reason = reason;
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }

    public String getReason() {
        return reason;
    }
}
