package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The API's answers when sign-in fails (401 with a Basic challenge) or the user's role may not do
 * what was asked (403), as problem details like every other API error.
 */
@Component
public class ApiAuthProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final String REALM = "Chuhai Cloud Tracker";

    private static final Logger log = LoggerFactory.getLogger(ApiAuthProblems.class);

    private final Problems problems;

    ApiAuthProblems(Problems problems) {
        this.problems = problems;
    }

    /**
     * 401 with the Basic challenge; but when the user could not be looked up because the database is
     * unreachable, 503: the credentials may be right.
     */
    @Override
    public void commence(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        if (DatabaseOutage.causedBy(authException)) {
            log.warn(
                    "Could not check the credentials of {} {}: the database is unreachable ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    authException.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutageFilter.RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    @Override
    public void handle(
            HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        log.info("Refused {} {} to {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser());
        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }
}
