package com.chuhai.tracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * While the database is unreachable, whatever needed it answers 503 with {@code Retry-After} at once
 * (the pool waits at most {@code spring.datasource.hikari.connection-timeout} for a connection): the
 * API a problem, pages a short "temporarily unavailable" page that itself needs no database. It sits
 * outside every other filter, so a failure in session or sign-in handling is caught too. Nothing else
 * is done: the pool reconnects by itself once the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final Problems problems;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseOutageFilter(Problems problems, ITemplateEngine templates, LocaleResolver locales) {
        this.problems = problems;
        this.templates = templates;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "{} {} answered 503: the database is unreachable ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(e));
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (Problems.isApi(request)) {
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.databaseUnavailable");
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                locales.resolveLocale(request),
                Map.of("retryAfter", RETRY_AFTER_SECONDS, "retryUrl", request.getRequestURI()));
        templates.process("unavailable", context, response.getWriter());
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
