package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A suggestion's body of unstated length (chunked) is read up to the limit and no further; one
 * within it is read whole. (A body whose stated length is too large is refused unread: see
 * SuggestionApiTest, over HTTP.)
 */
class SuggestionBodyLimitTest {

    private static final int LIMIT = 1024;

    @Test
    void aChunkedBodyPastTheLimitFailsToReadAndOneWithinItIsReadWhole() throws Exception {
        assertThatThrownBy(() -> readThroughTheLimit(LIMIT + 1))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("larger than " + LIMIT);
        assertThat(readThroughTheLimit(LIMIT)).hasSize(LIMIT);
    }

    private static byte[] readThroughTheLimit(int bytes) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/suggestions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent("x".repeat(bytes).getBytes(StandardCharsets.US_ASCII));
        AtomicReference<byte[]> read = new AtomicReference<>();
        AtomicReference<IOException> failed = new AtomicReference<>();
        new RateLimitFilters.BodyLimit(LIMIT, null, r -> true)
                .doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                    try {
                        read.set(req.getInputStream().readAllBytes());
                    } catch (IOException e) {
                        failed.set(e);
                    }
                });
        if (failed.get() != null) {
            throw failed.get();
        }
        return read.get();
    }
}
