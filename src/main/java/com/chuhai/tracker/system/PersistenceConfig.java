package com.chuhai.tracker.system;

import com.chuhai.tracker.shared.AccountNames;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** JPA auditing fills created/updated columns; the clock makes "today" one thing everywhere. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class PersistenceConfig {

    /** Who made a change when nobody is signed in: migrations, start-up tasks. */
    static final String SYSTEM_USER = "system";

    /** Who made a change: the signed-in user, else the system. */
    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            if (!AccountNames.isSignedIn(user)) {
                return Optional.of(SYSTEM_USER);
            }
            return Optional.of(user.getName());
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
