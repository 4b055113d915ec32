package com.chuhai.tracker.shared;

/**
 * A request that would break a rule of the domain (e.g. ending an adoption before it started).
 * Its message is written for the person who made the request and names what is wrong.
 */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
