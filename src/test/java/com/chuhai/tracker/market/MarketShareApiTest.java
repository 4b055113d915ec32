package com.chuhai.tracker.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.Api.Reply;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MarketShareApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    Login editor;
    CloudProvider provider;

    @BeforeEach
    void setUp() {
        editor = data.user(Role.EDITOR);
        provider = data.provider("US");
    }

    @Test
    void createsAShareWithItsSourceAndRefusesASecondForTheSamePeriod() {
        Map<String, Object> body = share("2024-Q4", "31.50");
        body.put("source", Map.of("url", "https://example.org/" + TestData.unique("srg"), "title", "Q4 shares"));

        Reply created = api.post("/api/v1/market-shares", body, editor);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("sharePercent").decimalValue()).isEqualByComparingTo("31.5");
        assertThat(created.json().get("source").get("title").asString()).isEqualTo("Q4 shares");

        Reply again = api.post("/api/v1/market-shares", share("2024-Q4", "20"), editor);
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/market-shares?provider=" + provider.getSlug())
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void refusesAShareOutsideZeroToAHundredOrAPeriodOfAnotherShape() {
        Reply refused = api.post("/api/v1/market-shares", share("Q4 2024", "140"), editor);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("period", "sharePercent");
    }

    private Map<String, Object> share(String period, String percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("period", period);
        body.put("scope", "WORLDWIDE");
        body.put("provider", provider.getSlug());
        body.put("sharePercent", new java.math.BigDecimal(percent));
        body.put("measure", "% of IaaS");
        return body;
    }
}
