package com.chuhai.tracker.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies have a size limit, checked before anything reads them: an API body (JSON) at most
 * {@code app.api.max-body-size} (256 KB), a form upload at most {@code app.upload.max-size} (the
 * import's 2 MB file and its form fields); a larger one is a 413, a problem for the API, the error
 * page for pages. An API body sent without a length is read up to the limit and refused past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestBodyLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimit.class);

    private final Problems problems;
    private final long apiLimit;
    private final long uploadLimit;

    RequestBodyLimit(
            Problems problems,
            @Value("${app.api.max-body-size:256KB}") DataSize apiLimit,
            @Value("${app.upload.max-size:2112KB}") DataSize uploadLimit) {
        this.problems = problems;
        this.apiLimit = apiLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = Problems.isApi(request);
        long limit = api ? apiLimit : uploadLimit;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, api, length + " bytes");
            return;
        }
        // An API body sent without a length is read here, up to the limit (the JSON reader reads it from
        // this copy); a form upload without one is left to the container, whose multipart limits bound it.
        if (api && length < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(request, response, api, "more than " + limit + " bytes, sent without a length");
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String size)
            throws IOException {
        log.info("{} {} refused: a body of {}, over the limit", request.getMethod(), request.getRequestURI(), size);
        response.setHeader("Connection", "close");
        if (api) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.bodyTooLarge");
        } else {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
        }
    }

    /** A request whose body was already read (to learn its size). */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("a body already read is read blocking");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
