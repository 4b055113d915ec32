package com.chuhai.tracker;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each feature package is a module; they depend on each other without cycles, through public types. */
class ApplicationModulesTest {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(ChuhaiCloudTrackerApplication.class).verify();
    }
}
