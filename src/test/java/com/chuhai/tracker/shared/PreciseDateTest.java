package com.chuhai.tracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PreciseDateTest {

    @Test
    void keepsADateKnownToTheMonthOrYearAsTheFirstDayOfThatPeriod() {
        LocalDate announced = LocalDate.of(2022, 6, 17);

        assertThat(new PreciseDate(announced, DatePrecision.DAY).date()).isEqualTo(announced);
        assertThat(new PreciseDate(announced, DatePrecision.MONTH).date()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(new PreciseDate(announced, DatePrecision.YEAR).date()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(PreciseDate.month(2021, 5))
                .isEqualTo(new PreciseDate(LocalDate.of(2021, 5, 31), DatePrecision.MONTH));
    }
}
