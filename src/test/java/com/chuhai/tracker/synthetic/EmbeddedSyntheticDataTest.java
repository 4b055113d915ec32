package com.chuhai.tracker.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code --app.synthetic.companies} on the embedded H2 default, where rows go in JDBC batches: the
 * companies are there at start, marked, and rows added afterwards get fresh ids.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:synthetic;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "app.synthetic.companies=300"
        })
class EmbeddedSyntheticDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SyntheticData synthetic;

    @Test
    void generatesTheCompaniesAtStartAndLeavesTheIdsFree() {
        assertThat(count("SELECT COUNT(*) FROM company WHERE synthetic")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM adoption WHERE synthetic")).isBetween(750L, 1050L);
        assertThat(count("SELECT COUNT(*) FROM cloud_migration WHERE synthetic"))
                .isBetween(100L, 200L);
        assertThat(synthetic.status().companies()).isEqualTo(300);

        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        INSERT INTO company (slug, name, sort_name, sector, created_at, updated_at, created_by, updated_by)
                        VALUES ('after-synthetic', 'After', 'after', 'GAMING', ?, ?, 'test', 'test')""").params(now, now).update();
        assertThat(count("SELECT COUNT(*) FROM company WHERE slug = 'after-synthetic' AND NOT synthetic"))
                .isEqualTo(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
