package com.chuhai.tracker.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** What every problem answer shares. */
final class Problems {

    private Problems() {}

    /**
     * The problem's {@code instance}: the request's path as the client sent it (still percent-encoded,
     * so always a valid URI), without the context path; none if even that does not parse.
     */
    static URI instance(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return new URI(path);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
