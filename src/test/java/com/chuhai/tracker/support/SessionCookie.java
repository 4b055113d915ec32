package com.chuhai.tracker.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The browser's side of a Spring Session: the cookie that names the session, kept from the answers
 * that set it and sent with the next requests.
 */
public final class SessionCookie implements RequestPostProcessor {

    public static final String NAME = "SESSION";

    private Cookie cookie;

    /** The cookie to send, none before a session began. */
    public Cookie[] cookies() {
        return cookie == null ? new Cookie[0] : new Cookie[] {cookie};
    }

    /** Keeps the session cookie the answer set (or forgets it, when the answer deleted it). */
    public MvcTestResult keep(MvcTestResult result) {
        Cookie set = result.getResponse().getCookie(NAME);
        if (set != null) {
            cookie = set.getMaxAge() == 0 ? null : set;
        }
        return result;
    }

    /** Sends the cookie, if a session began. */
    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (cookie != null) {
            Cookie[] sent = request.getCookies() == null ? new Cookie[0] : request.getCookies();
            Cookie[] all = java.util.Arrays.copyOf(sent, sent.length + 1);
            all[sent.length] = cookie;
            request.setCookies(all);
        }
        return request;
    }

    public String value() {
        return cookie == null ? null : cookie.getValue();
    }
}
