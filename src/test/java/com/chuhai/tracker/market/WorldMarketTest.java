package com.chuhai.tracker.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.market.WorldMarket.Split;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The world market beside a date is the measurement of the period nearest it. */
class WorldMarketTest {

    private static final List<Split> SPLITS = List.of(split("2022"), split("2024-Q2"), split("2025"));

    @Test
    void picksThePeriodNearestTheDate() {
        assertThat(nearest(LocalDate.of(2024, 5, 1))).isEqualTo("2024-Q2");
        assertThat(nearest(LocalDate.of(2022, 1, 1))).isEqualTo("2022");
        assertThat(nearest(LocalDate.of(2019, 1, 1))).isEqualTo("2022");
        assertThat(nearest(LocalDate.of(2030, 1, 1))).isEqualTo("2025");
        assertThat(WorldMarket.nearest(List.of(), LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void countsAPeriodFromItsMiddleAndGivesATieToTheLaterOne() {
        assertThat(WorldMarket.middle("2024")).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(WorldMarket.middle("2024-Q1")).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(WorldMarket.middle("2024-Q4")).isEqualTo(LocalDate.of(2024, 11, 15));
        List<Split> two = List.of(split("2024-Q1"), split("2024-Q2"));
        assertThat(WorldMarket.nearest(two, LocalDate.of(2024, 3, 31))
                        .orElseThrow()
                        .period())
                .as("31 March 2024 is 45 days from the middle of both")
                .isEqualTo("2024-Q2");
    }

    private static String nearest(LocalDate asOf) {
        return WorldMarket.nearest(SPLITS, asOf).orElseThrow().period();
    }

    private static Split split(String period) {
        return new Split(period, "revenue", "A tracker", "https://example.org/" + period, Map.of());
    }
}
