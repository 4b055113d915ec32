package com.chuhai.tracker.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that has lasted longer than its absolute lifetime ({@code app.session.absolute-timeout},
 * 12 hours by default), however active it has been: besides the idle timeout
 * ({@code server.servlet.session.timeout}), a stolen or forgotten session cannot be kept alive for
 * ever. The request goes on as an anonymous one, so a page that needs a sign-in asks for it again.
 */
final class SessionLifetime extends OncePerRequestFilter {

    /** The security events' logger (user/SecurityEvents), in their form. */
    private static final Logger log = LoggerFactory.getLogger("security");

    private final Duration absolute;
    private final Clock clock;

    SessionLifetime(Duration absolute, Clock clock) {
        this.absolute = absolute;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                Duration age = Duration.ofMillis(clock.millis() - session.getCreationTime());
                if (age.compareTo(absolute) > 0) {
                    String user = request.getUserPrincipal() == null
                            ? null
                            : request.getUserPrincipal().getName();
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    log.info("security event=session-expired user='{}' lifetime={}", user, absolute);
                }
            } catch (IllegalStateException alreadyInvalidated) {
                // Ended by another request meanwhile: nothing left to end.
            }
        }
        chain.doFilter(request, response);
    }
}
