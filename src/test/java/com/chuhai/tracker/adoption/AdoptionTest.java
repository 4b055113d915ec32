package com.chuhai.tracker.adoption;

import static com.chuhai.tracker.shared.PreciseDate.month;
import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.ProviderKind;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdoptionTest {

    private final Adoption adoption = new Adoption(
            new Company("tiktok", "TikTok", Sector.SOCIAL_CONTENT),
            new CloudProvider("oracle", "Oracle Cloud Infrastructure", ProviderKind.PUBLIC_CLOUD, "US"),
            new Region("us", "United States", "US", RegionCategory.MAJOR_MARKET),
            month(2022, 6),
            "US user data",
            Confidence.CONFIRMED);

    @Test
    void endsOnADateWithItsPrecision() {
        adoption.end(year(2025));

        assertThat(adoption.isOpen()).isFalse();
        assertThat(adoption.getEndDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(adoption.getEndPrecision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void refusesToEndBeforeItStarted() {
        assertThatThrownBy(() -> adoption.end(month(2022, 5)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("adoption.endBeforeStart");
        assertThat(adoption.isOpen()).isTrue();
    }

    @Test
    void refusesToEndTwice() {
        adoption.end(year(2024));

        assertThatThrownBy(() -> adoption.end(year(2025)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("adoption.alreadyEnded");
        assertThat(adoption.getEndDate()).isEqualTo(LocalDate.of(2024, 1, 1));
    }
}
