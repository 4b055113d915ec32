package com.chuhai.tracker.dashboard;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.shared.change.DataChanged;
import com.chuhai.tracker.synthetic.SyntheticData;
import com.chuhai.tracker.system.CacheProperties;
import com.chuhai.tracker.system.LocaleConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered dashboard for readers who are not signed in: the same address, language cookie
 * and Accept-Language give the same page until data changes (then the whole cache is dropped, as for
 * {@link FreshCache}). Signed-in users, responses that set a cookie and anything but a 200 HTML page
 * are never kept. Runs after Spring Security, so security headers are still written on every answer.
 */
@Component
class PageCache extends OncePerRequestFilter {

    static final Set<String> PATHS = Set.of("/");

    private record Page(byte[] body, String contentType, String contentLanguage) {}

    private final boolean enabled;
    private final SyntheticData synthetic;
    private final Cache<String, Page> pages;
    private final AtomicLong generation = new AtomicLong();

    PageCache(CacheProperties properties, SyntheticData synthetic) {
        this.enabled = properties.enabled();
        this.synthetic = synthetic;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(16L * 1024 * 1024)
                .<String, Page>weigher((key, page) -> page.body().length + key.length())
                .expireAfterWrite(properties.ttl())
                .build();
    }

    @EventListener
    void dataChanged(DataChanged event) {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !enabled
                || !"GET".equals(request.getMethod())
                || !PATHS.contains(request.getRequestURI())
                || AccountNames.isSignedIn(SecurityContextHolder.getContext().getAuthentication())
                || synthetic.status().progress() != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Page page = pages.getIfPresent(key);
        if (page != null) {
            response.setContentType(page.contentType());
            if (page.contentLanguage() != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        long before = generation.get();
        ContentCachingResponseWrapper recorder = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, recorder);
        if (recorder.getStatus() == HttpServletResponse.SC_OK
                && recorder.getContentType() != null
                && MediaType.parseMediaType(recorder.getContentType()).isCompatibleWith(MediaType.TEXT_HTML)
                && !recorder.containsHeader(HttpHeaders.SET_COOKIE)
                && request.getSession(false) == null
                && generation.get() == before) {
            pages.put(
                    key,
                    new Page(
                            recorder.getContentAsByteArray(),
                            recorder.getContentType(),
                            recorder.getHeader(HttpHeaders.CONTENT_LANGUAGE)));
        }
        recorder.copyBodyToResponse();
    }

    /**
     * What the page depends on besides the data: the address (the host included, since the page names
     * its own full address for sharing and citing: a request with another Host must not plant its
     * links in everyone's page) and how the language is chosen.
     */
    private static String key(HttpServletRequest request) {
        String language = null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (LocaleConfig.COOKIE.equals(cookie.getName())) {
                    language = cookie.getValue();
                }
            }
        }
        return request.getScheme()
                + "://"
                + request.getServerName()
                + ':'
                + request.getServerPort()
                + request.getRequestURI()
                + '?'
                + request.getQueryString()
                + '|'
                + language
                + '|'
                + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }
}
