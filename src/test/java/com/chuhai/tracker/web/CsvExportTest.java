package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Export slots: one client cannot take them all, and a slow reader cannot keep one past a bound. */
class CsvExportTest {

    private static final CsvColumns<Integer> COLUMNS = CsvColumns.<Integer>of().column("n", n -> n);

    @Test
    void oneClientRunsAtMostTwoExportsAtOnceAndLeavesTheRestToOthers() throws Exception {
        CountDownLatch started = new CountDownLatch(CsvExport.PER_CLIENT);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<?>[] held = new CompletableFuture<?>[CsvExport.PER_CLIENT];
        for (int i = 0; i < held.length; i++) {
            held[i] = CompletableFuture.runAsync(() -> export("192.0.2.1", rows -> {
                started.countDown();
                await(finish);
                rows.accept(1);
            }));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> export("192.0.2.1", rows -> rows.accept(1)))
                .as("a third export of the same client")
                .isInstanceOf(CsvExport.ExportsBusyException.class);
        assertThat(export("198.51.100.2", rows -> rows.accept(7)))
                .as("another client's export meanwhile")
                .isEqualTo("n\r\n7\r\n");

        finish.countDown();
        CompletableFuture.allOf(held).get(10, TimeUnit.SECONDS);
        assertThat(export("192.0.2.1", rows -> rows.accept(2)))
                .as("its slots are free again")
                .isEqualTo("n\r\n2\r\n");
    }

    @Test
    void anExportThatOutlastsItsBoundStopsAndFreesItsSlot() {
        Clock slowReader = new Clock() {
            private Instant now = Instant.parse("2026-01-01T00:00:00Z");

            @Override
            public Instant instant() {
                Instant then = now;
                now = now.plusSeconds(50); // every row takes the client 50 s to read
                return then;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };

        assertThatThrownBy(() -> CsvExport.write(
                        new MockHttpServletResponse(),
                        "slow",
                        COLUMNS,
                        rows -> {
                            for (int i = 0; i < 10; i++) {
                                rows.accept(i);
                            }
                        },
                        "192.0.2.9",
                        slowReader,
                        Duration.ofMinutes(2)))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("read too slowly");
        for (int i = 0; i < CsvExport.CONCURRENT_EXPORTS; i++) {
            assertThat(export("192.0.2." + (20 + i), rows -> rows.accept(1))).isEqualTo("n\r\n1\r\n");
        }
    }

    private static String export(
            String client, java.util.function.Consumer<java.util.function.Consumer<Integer>> rows) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            CsvExport.write(response, "t", COLUMNS, rows, client, Clock.systemUTC(), CsvExport.MAX_DURATION);
            return response.getContentAsString();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
