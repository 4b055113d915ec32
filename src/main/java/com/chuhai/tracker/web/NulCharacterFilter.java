package com.chuhai.tracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A NUL character in the query string is refused with 400 before anything reads it, for every page
 * and API alike: PostgreSQL refuses the byte in any text, so a filter such as {@code ?region=%00}
 * would otherwise fail deep in a query. Only the query string is read, never a body, so an upload is
 * not parsed (nor written to disk) here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class NulCharacterFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(NulCharacterFilter.class);

    private final Problems problems;

    NulCharacterFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!holdsNul(request.getQueryString())) {
            chain.doFilter(request, response);
            return;
        }
        log.info("{} {} refused: a NUL character in its query string", request.getMethod(), request.getRequestURI());
        if (Problems.isApi(request)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.nulCharacter");
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value());
        }
    }

    /** Whether the query string, decoded, holds a NUL; one that cannot be decoded is left to the rest. */
    static boolean holdsNul(String query) {
        if (query == null) {
            return false;
        }
        try {
            return URLDecoder.decode(query, StandardCharsets.UTF_8).indexOf('\0') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
