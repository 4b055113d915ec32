package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API request that reaches no controller (an unknown path, or a method, body type or answer type
 * the path does not serve) is answered by {@link ApiProblemHandler} too, which applies only to the API
 * controllers; a page's such failure goes on to the page error handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRoutingProblems {

    private final ApiProblemHandler problems;

    ApiRoutingProblems(ApiProblemHandler problems) {
        this.problems = problems;
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        NoHandlerFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class
    })
    ResponseEntity<Object> unrouted(Exception ex, HttpServletRequest request, WebRequest web) throws Exception {
        if (!Problems.isApi(request)) {
            throw ex;
        }
        return problems.handleException(ex, web);
    }
}
