package com.chuhai.tracker.system;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** JPA auditing fills created/updated columns; the clock makes "today" one thing everywhere. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class PersistenceConfig {

    /** Who made a change. Until sign-in exists every change is the system's. */
    static final String SYSTEM_USER = "system";

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> Optional.of(SYSTEM_USER);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
