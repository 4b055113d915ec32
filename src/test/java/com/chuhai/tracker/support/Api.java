package com.chuhai.tracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.chuhai.tracker.support.TestData.Login;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the API as a client would, over MockMvc with the whole security chain, and reads its answers. */
@TestComponent
public class Api {

    private final MockMvcTester mvc;
    private final JsonMapper json;

    Api(MockMvcTester mvc, JsonMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    public Reply get(String uri) {
        return exchange(mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON));
    }

    /** A GET of an address already percent-encoded, sent exactly as written. */
    public Reply getEncoded(String encodedUri, String accept) {
        return exchange(mvc.get().uri(java.net.URI.create(encodedUri)).header("Accept", accept));
    }

    public Reply get(String uri, String accept) {
        return exchange(mvc.get().uri(uri).header("Accept", accept));
    }

    /** Sends a body as the given user (null: anonymously); a String body is sent as is, else as JSON. */
    public Reply send(HttpMethod method, String uri, Object body, Login login) {
        MockMvcRequestBuilder request = mvc.method(method).uri(uri).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content(body instanceof String text ? text : json.writeValueAsString(body));
        }
        if (login != null) {
            request.with(httpBasic(login.username(), login.password()));
        }
        return exchange(request);
    }

    /** Sends a request to an address already percent-encoded, exactly as written. */
    public Reply sendEncoded(HttpMethod method, String encodedUri, Login login) {
        MockMvcRequestBuilder request =
                mvc.method(method).uri(java.net.URI.create(encodedUri)).accept(MediaType.APPLICATION_JSON);
        if (login != null) {
            request.with(httpBasic(login.username(), login.password()));
        }
        return exchange(request);
    }

    /** Sends a raw body with the given content type, as a careless client might. */
    public Reply sendAs(HttpMethod method, String uri, String contentType, String body, Login login) {
        MockMvcRequestBuilder request = mvc.method(method)
                .uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .contentType(contentType)
                .content(body);
        if (login != null) {
            request.with(httpBasic(login.username(), login.password()));
        }
        return exchange(request);
    }

    public Reply post(String uri, Object body, Login login) {
        return send(HttpMethod.POST, uri, body, login);
    }

    public Reply put(String uri, Object body, Login login) {
        return send(HttpMethod.PUT, uri, body, login);
    }

    public Reply delete(String uri, Login login) {
        return send(HttpMethod.DELETE, uri, null, login);
    }

    private Reply exchange(MockMvcRequestBuilder request) {
        MockHttpServletResponse response = request.exchange().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            return new Reply(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8), response, json);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, body, headers. */
    public record Reply(int status, String body, MockHttpServletResponse response, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return response.getHeader(name);
        }

        public String contentType() {
            return response.getContentType();
        }

        /** The fields named in a problem's errors list. */
        public java.util.List<String> errorFields() {
            return json().get("errors")
                    .valueStream()
                    .map(error -> error.get("field").isNull()
                            ? null
                            : error.get("field").asString())
                    .toList();
        }

        /** The codes in a problem's errors list. */
        public java.util.List<String> errorCodes() {
            return json().get("errors")
                    .valueStream()
                    .map(error -> error.get("code").asString())
                    .toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
