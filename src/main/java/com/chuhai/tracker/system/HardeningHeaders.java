package com.chuhai.tracker.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The hardening headers that are the same on every answer, written first of all: an answer refused by
 * a filter that runs before Spring Security's (a NUL in the query, too large a body, too many
 * sign-ins) carries them too. Spring Security's header writers ({@link SecurityConfig}) add the rest
 * (the content security policy, HSTS behind TLS, cache control) to what reaches them, and leave these
 * as they are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HardeningHeaders extends OncePerRequestFilter {

    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Permissions-Policy", SecurityConfig.PERMISSIONS_POLICY,
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HEADERS.forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
