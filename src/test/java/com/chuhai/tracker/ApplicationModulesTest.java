package com.chuhai.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module; they depend on each other without cycles, through public types. */
class ApplicationModulesTest {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(ChuhaiCloudTrackerApplication.class).verify();
    }

    /**
     * The modules and their dependencies as diagrams (PlantUML) and a canvas per module, written to
     * {@code target/spring-modulith-docs} by every build (README, Where things are).
     */
    @Test
    void documentsTheModules() {
        ApplicationModules modules = ApplicationModules.of(ChuhaiCloudTrackerApplication.class);
        new Documenter(modules).writeDocumentation();
        assertThat(new java.io.File("target/spring-modulith-docs/components.puml"))
                .exists();
    }
}
