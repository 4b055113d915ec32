package com.chuhai.tracker.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form upload (multipart) is read only for someone who may import: anyone else is refused (403)
 * before its body is parsed, so a stranger's upload costs no memory and is never written to disk
 * (the CSRF check would otherwise parse it to find its token). Its size is bounded before this, by
 * web/RequestBodyLimit; uploads are kept in memory, never on disk ({@code spring.servlet.multipart.*}).
 */
final class UploadGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadGuard.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityConfig.isWriter(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Upload to {} refused unread: not from an editor or admin", request.getRequestURI());
        response.setHeader("Connection", "close");
        response.sendError(HttpStatus.FORBIDDEN.value());
    }
}
