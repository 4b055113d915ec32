package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every problem answer shares, from Spring MVC ({@link ApiProblemHandler}), Spring Security and
 * the servlet filters alike: the title of its status and its texts in the reader's language, and its
 * {@code instance}.
 */
@Component
class Problems {

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final MessageSource messages;
    private final JsonMapper json;

    Problems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Whether the request is one of the API's, answered with problems rather than pages. */
    static boolean isApi(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith("/api/");
    }

    /** The first of {@code failure}'s causes (itself included) of {@code type}, or null. */
    static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A problem with the title of its status and {@code detail}, a text already translated (or null). */
    ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(message("problem.title." + status.value()));
        problem.setDetail(detail);
        problem.setInstance(instance(request));
        return problem;
    }

    /** Writes a problem whose detail is the message {@code detailCode}, outside Spring MVC. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String detailCode)
            throws IOException {
        ProblemDetail problem = problem(request, status, message(detailCode));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** One entry of a problem's {@code errors}: the field (null for the whole body), a code, a message. */
    static Map<String, String> error(String field, String code, String message) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", field);
        entry.put("code", code);
        entry.put("message", message);
        return entry;
    }

    /** The message {@code code} in the reader's language; the code itself when there is none. */
    String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    String message(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** The message {@code code} in the reader's language, or null when there is none. */
    String messageOrNull(String code, Object[] args) {
        return messages.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }

    /**
     * The problem's {@code instance}: the request's path as the client sent it (still percent-encoded,
     * so always a valid URI), without the context path; none if even that does not parse.
     */
    private static URI instance(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
