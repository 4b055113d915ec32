package com.chuhai.tracker.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL the tests use. With {@code TEST_DATABASE_URL} set, the datasource comes from it
 * (application-test.properties); otherwise Testcontainers starts one. When neither is possible the
 * tests fail and say how to provide a database; they never skip.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    /** The same major version as docker-compose.yml. */
    static final String IMAGE = "postgres:17.6-alpine";

    @Bean
    @ServiceConnection
    @Conditional(NoTestDatabaseUrl.class)
    PostgreSQLContainer postgres() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("""
                    The tests need a PostgreSQL and found none: TEST_DATABASE_URL is not set and Docker is not \
                    available for Testcontainers. Either start Docker, or point the tests at a database, e.g. \
                    TEST_DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/test TEST_DATABASE_USERNAME=postgres ./mvnw verify \
                    (.ci/run does this for the local PostgreSQL).""");
        }
        return new PostgreSQLContainer(IMAGE);
    }

    static class NoTestDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = System.getenv("TEST_DATABASE_URL");
            return url == null || url.isBlank();
        }
    }
}
