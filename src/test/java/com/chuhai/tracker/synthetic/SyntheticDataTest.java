package com.chuhai.tracker.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.chuhai.tracker.shared.change.DataChanges;
import com.chuhai.tracker.support.Api;
import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.user.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Synthetic data is generated once, deterministically, marked as such, and said to be present. */
@IntegrationTest
class SyntheticDataTest {

    @Autowired
    SyntheticData synthetic;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataChanges changes;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Api api;

    @Autowired
    TestData data;

    @AfterEach
    void removeSyntheticData() {
        load(0, 1);
        assertThat(count("SELECT COUNT(*) FROM company WHERE synthetic")).isZero();
        assertThat(synthetic.status().present()).isFalse();
    }

    @Test
    void generatesMarkedCompaniesWithRealisticSpreadsAndSaysSo() {
        long realCompanies = count("SELECT COUNT(*) FROM company");
        long trackedBefore =
                api.get("/api/v1/stats/overview").json().get("tracked").asLong();

        load(2_000, 7);

        assertThat(count("SELECT COUNT(*) FROM company")).isEqualTo(realCompanies + 2_000);
        assertThat(count("SELECT COUNT(*) FROM company WHERE synthetic")).isEqualTo(2_000);
        double adoptions = count("SELECT COUNT(*) FROM adoption WHERE synthetic") / 2_000.0;
        double migrations = count("SELECT COUNT(*) FROM cloud_migration WHERE synthetic") / 2_000.0;
        assertThat(adoptions).isBetween(2.5, 3.5);
        assertThat(migrations).isBetween(0.35, 0.65);
        assertThat(count("SELECT COUNT(*) FROM adoption a JOIN company c ON c.id = a.company_id"
                        + " WHERE c.synthetic <> a.synthetic"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM source WHERE synthetic")).isEqualTo(2_000);
        assertThat(count("SELECT COUNT(DISTINCT provider_id) FROM adoption WHERE synthetic"))
                .isGreaterThan(5);
        assertThat(count("SELECT COUNT(DISTINCT region_id) FROM adoption WHERE synthetic"))
                .isGreaterThan(5);
        assertThat(count("SELECT MIN(EXTRACT(YEAR FROM start_date)) FROM adoption WHERE synthetic"))
                .isEqualTo(2012);
        assertThat(count("SELECT MAX(EXTRACT(YEAR FROM start_date)) FROM adoption WHERE synthetic"))
                .isEqualTo(2026);
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE synthetic AND status = 'COMPLETED'"))
                .isPositive();

        var overview = api.get("/api/v1/stats/overview").json();
        assertThat(overview.get("syntheticCompanies").asLong()).isEqualTo(2_000);
        assertThat(overview.get("tracked").asLong()).isGreaterThan(trackedBefore + 1_500);
        assertThat(api.get("/api/v1/stats/timeline")
                        .json()
                        .get("syntheticCompanies")
                        .asLong())
                .isEqualTo(2_000);
        assertThat(api.get("/api/v1/stats/flows")
                        .json()
                        .get("syntheticCompanies")
                        .asLong())
                .isEqualTo(2_000);
        assertThat(api.get("/").body()).contains("id=\"synthetic-banner\"").contains("2,000 generated companies");
        assertThat(api.get("/companies?lang=fr").body()).contains("Données synthétiques");
    }

    @Test
    void theSameSeedGivesTheSameRowsAndARestartChangesNothing() {
        load(300, 11);
        List<Map<String, Object>> first = rows();
        Object generatedAt = jdbc.queryForObject("SELECT generated_at FROM synthetic_dataset", Object.class);

        load(300, 11);
        assertThat(jdbc.queryForObject("SELECT generated_at FROM synthetic_dataset", Object.class))
                .isEqualTo(generatedAt);

        load(0, 11);
        assertThat(count("SELECT COUNT(*) FROM adoption WHERE synthetic")).isZero();
        load(300, 11);
        assertThat(rows()).isEqualTo(first);

        load(300, 12);
        assertThat(rows()).isNotEqualTo(first);
    }

    @Test
    void rowsWrittenByTheAppAfterwardsGetFreshIds() {
        load(500, 3);

        var created = api.post(
                "/api/v1/companies",
                Map.of("slug", TestData.unique("after-synthetic"), "name", "Real Co", "sector", "GAMING"),
                data.user(Role.EDITOR));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("synthetic")).isNull();
        assertThat(count("SELECT COUNT(*) FROM company WHERE synthetic")).isEqualTo(500);
        assertThat(api.send(HttpMethod.GET, "/api/v1/companies?q=synthetic-000001", null, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesAnImpossibleCount() {
        assertThatThrownBy(() -> loader(-1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app.synthetic.companies");
    }

    /** What a restart with these settings would do. */
    private void load(int companies, long seed) {
        loader(companies, seed).run(null);
    }

    private SyntheticDataLoader loader(int companies, long seed) {
        return new SyntheticDataLoader(
                new SyntheticProperties(companies, seed),
                synthetic,
                dataSource,
                jdbc,
                transactions,
                changes,
                events,
                Clock.systemUTC());
    }

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("""
                SELECT c.slug, c.name, c.sector, c.founded_year, p.slug AS provider, r.code AS region,
                       a.start_date, a.start_precision, a.end_date, a.confidence, a.workload
                FROM adoption a
                JOIN company c ON c.id = a.company_id
                JOIN cloud_provider p ON p.id = a.provider_id
                JOIN region r ON r.id = a.region_id
                WHERE a.synthetic
                ORDER BY c.slug, p.slug, r.code, a.start_date, a.end_date
                """);
    }

    private long count(String sql) {
        Number value = jdbc.queryForObject(sql, Number.class);
        return value == null ? 0 : value.longValue();
    }
}
