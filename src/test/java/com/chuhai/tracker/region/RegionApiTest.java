package com.chuhai.tracker.region;

import static com.chuhai.tracker.shared.PreciseDate.year;
import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.company.Sector;
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
class RegionApiTest {

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @Autowired
    RegionRepository regions;

    Login editor;

    @BeforeEach
    void signIn() {
        editor = data.user(Role.EDITOR);
    }

    @Test
    void createsRenamesAndDeletesARegion() {
        String code = TestData.unique("r");
        String renamed = TestData.unique("r");

        Reply created = api.post("/api/v1/regions", region(code, null), editor);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/regions/" + code);

        Map<String, Object> change = region(renamed, 0L);
        Reply updated = api.put("/api/v1/regions/" + code, change, editor);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(regions.findByCode(code)).isEmpty();
        assertThat(regions.findByCode(renamed)).isPresent();

        assertThat(api.delete("/api/v1/regions/" + renamed, editor).status()).isEqualTo(204);
        assertThat(regions.findByCode(renamed)).isEmpty();
    }

    @Test
    void refusesToRenameOntoATakenCode() {
        String first = TestData.unique("r");
        String second = TestData.unique("r");
        api.post("/api/v1/regions", region(first, null), editor);
        api.post("/api/v1/regions", region(second, null), editor);

        Reply refused = api.put("/api/v1/regions/" + second, region(first, 0L), editor);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(regions.findByCode(second)).isPresent();
    }

    @Test
    void refusesToDeleteARegionInUse() {
        Region used = data.region();
        data.adoption(data.company(Sector.GAMING, 2010), data.provider("US"), used, year(2020), null);

        assertThat(api.delete("/api/v1/regions/" + used.getCode(), editor).status())
                .isEqualTo(409);
        assertThat(regions.findByCode(used.getCode())).isPresent();
    }

    @Test
    void listsTheShippedRegionsByCategory() {
        Reply hubs = api.get("/api/v1/regions?category=NEUTRAL_HUB");

        assertThat(hubs.json()
                        .get("content")
                        .valueStream()
                        .map(r -> r.get("code").asString()))
                .contains("sg");
    }

    private static Map<String, Object> region(String code, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Region " + code);
        body.put("category", "OTHER");
        body.put("version", version);
        return body;
    }
}
