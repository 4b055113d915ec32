package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.AccountNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits, answered 429 with {@code Retry-After} (a problem for the API, the error page for
 * pages): sign-in attempts per client address, before Spring Security reads them: every posted
 * sign-in form, and every request with HTTP Basic credentials that turn out wrong (a token is taken
 * before the password is checked, so a parallel burst is held too, and given back when they are
 * right, so a script that signs in correctly is never slowed); and the
 * statistics (the API's and the dashboard) per anonymous client, after Spring Security has said who
 * is signed in, since signed-in editors are not limited; and the body of an anonymous suggestion,
 * which is small, to {@code app.rate-limit.suggestion-max-body}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimits.Settings.class)
class RateLimitFilters {

    private static final Logger log = LoggerFactory.getLogger("security");

    /** Before Spring Security's filters (at -100), which process the sign-in form. */
    @Bean
    FilterRegistrationBean<Limit> signInRateLimit(RateLimits.Settings settings, Problems problems) {
        FilterRegistrationBean<Limit> registration = new FilterRegistrationBean<>(new Limit(
                new RateLimits(settings.signInPerMinute()),
                problems,
                "problem.tooManySignIns",
                request -> ("POST".equals(request.getMethod()) && "/login".equals(path(request)))
                        || hasBasicCredentials(request),
                (request, response) ->
                        hasBasicCredentials(request) && response.getStatus() != HttpStatus.UNAUTHORIZED.value()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After Spring Security's filters, so that the signed-in are known. */
    @Bean
    FilterRegistrationBean<Limit> statisticsRateLimit(RateLimits.Settings settings, Problems problems) {
        FilterRegistrationBean<Limit> registration = new FilterRegistrationBean<>(new Limit(
                new RateLimits(settings.statisticsPerMinute()),
                problems,
                "problem.tooManyStatistics",
                request -> isStatistics(request)
                        && !AccountNames.isSignedIn(
                                SecurityContextHolder.getContext().getAuthentication()),
                Limit.KEEP));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** After Spring Security's filters, so that the signed-in are known. */
    @Bean
    FilterRegistrationBean<Limit> suggestionsRateLimit(RateLimits.Settings settings, Problems problems) {
        FilterRegistrationBean<Limit> registration = new FilterRegistrationBean<>(new Limit(
                new RateLimits(settings.suggestionsPerMinute()),
                problems,
                "problem.tooManySuggestions",
                request -> isSuggestion(request)
                        && !AccountNames.isSignedIn(
                                SecurityContextHolder.getContext().getAuthentication()),
                Limit.KEEP));
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** First of all: an anonymous suggestion's body is small, so a bigger one is refused unread. */
    @Bean
    FilterRegistrationBean<BodyLimit> suggestionsBodyLimit(RateLimits.Settings settings, Problems problems) {
        FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(
                new BodyLimit(settings.suggestionMaxBody().toBytes(), problems, RateLimitFilters::isSuggestion));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean isSuggestion(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (SUGGESTIONS.equals(path(request)) || path(request).startsWith("/suggest/"));
    }

    private static final String SUGGESTIONS = "/api/v1/suggestions";

    private static boolean isStatistics(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equals(request.getMethod()) && (path.startsWith("/api/v1/stats/") || "/".equals(path));
    }

    /** The path as Spring MVC and Security see it: decoded, so that {@code %73tats} is {@code stats}. */
    private static String path(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request);
    }

    private static final org.springframework.web.util.UrlPathHelper PATHS =
            new org.springframework.web.util.UrlPathHelper();

    /**
     * Refuses a limited request whose body is larger than {@code maxBytes}: 413 when its length says so
     * (unread, the connection closed), and a read error, which the API answers 400, when a body of
     * unstated length runs past it.
     */
    static final class BodyLimit extends OncePerRequestFilter {

        private final long maxBytes;
        private final Problems problems;
        private final Predicate<HttpServletRequest> limited;

        BodyLimit(long maxBytes, Problems problems, Predicate<HttpServletRequest> limited) {
            this.maxBytes = maxBytes;
            this.problems = problems;
            this.limited = limited;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!limited.test(request)) {
                chain.doFilter(request, response);
                return;
            }
            if (request.getContentLengthLong() > maxBytes) {
                log.warn(
                        "security event=body-too-large bytes={} limit={} client={} path={}",
                        request.getContentLengthLong(),
                        maxBytes,
                        request.getRemoteAddr(),
                        request.getRequestURI());
                response.setHeader(HttpHeaders.CONNECTION, "close");
                if (Problems.isApi(request)) {
                    problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
                } else {
                    response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
                }
                return;
            }
            chain.doFilter(request.getContentLengthLong() < 0 ? new BoundedBody(request, maxBytes) : request, response);
        }
    }

    /** A request whose body may be read up to a limit, past which reading fails. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long maxBytes;

        BoundedBody(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream body = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = body.read();
                    if (b >= 0 && ++read > maxBytes) {
                        throw new IOException("The body is larger than " + maxBytes + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = body.read(buffer, offset, length);
                    if (n > 0 && (read += n) > maxBytes) {
                        throw new IOException("The body is larger than " + maxBytes + " bytes");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return body.isFinished();
                }

                @Override
                public boolean isReady() {
                    return body.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    body.setReadListener(listener);
                }
            };
        }
    }

    /**
     * Lets a limited request through while its client has tokens left, and gives its token back when
     * {@code refunded} says so of its answer.
     */
    static final class Limit extends OncePerRequestFilter {

        /** Every limited request keeps its token. */
        static final BiPredicate<HttpServletRequest, HttpServletResponse> KEEP = (request, response) -> false;

        private final RateLimits limits;
        private final Problems problems;
        private final String reason;
        private final Predicate<HttpServletRequest> limited;
        private final BiPredicate<HttpServletRequest, HttpServletResponse> refunded;

        Limit(
                RateLimits limits,
                Problems problems,
                String reason,
                Predicate<HttpServletRequest> limited,
                BiPredicate<HttpServletRequest, HttpServletResponse> refunded) {
            this.limits = limits;
            this.problems = problems;
            this.reason = reason;
            this.limited = limited;
            this.refunded = refunded;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!limited.test(request)) {
                chain.doFilter(request, response);
                return;
            }
            String client = ClientAddress.of(request.getRemoteAddr());
            Long wait = limits.take(client);
            if (wait == null) {
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (refunded.test(request, response)) {
                        limits.giveBack(client);
                    }
                }
                return;
            }
            log.warn(
                    "security event=rate-limited reason={} client={} path={}",
                    reason,
                    request.getRemoteAddr(),
                    request.getRequestURI());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
            if (Problems.isApi(request)) {
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, reason);
            } else {
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            }
        }
    }
}
