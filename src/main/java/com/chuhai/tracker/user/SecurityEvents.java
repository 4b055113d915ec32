package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.AccountNames;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Security events in one recognisable form, on the {@code security} logger:
 * {@code security event=<what> user='<who>' …}. Sign-ins are logged by {@link ThrottledAuthentication};
 * here: accounts created and changed, passwords changed, and pages or API calls refused to someone
 * signed in (an anonymous visitor sent to sign in is no event).
 */
@Configuration(proxyBeanMethods = false)
class SecurityEvents {

    static final Logger log = LoggerFactory.getLogger("security");

    /** Makes Spring Security publish its authorization decisions as events. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication user = event.getAuthentication().get();
        if (!AccountNames.isSignedIn(user)) {
            return;
        }
        String path = event.getObject() instanceof HttpServletRequest request ? request.getRequestURI() : "?";
        log.warn("security event=access-refused user='{}' path={}", user.getName(), path);
    }

    static void userCreated(AppUser user) {
        log.info("security event=user-created user='{}' role={} by='{}'", user.getUsername(), user.getRole(), actor());
    }

    static void userChanged(AppUser user) {
        log.info(
                "security event=user-changed user='{}' role={} enabled={} by='{}'",
                user.getUsername(),
                user.getRole(),
                user.isEnabled(),
                actor());
    }

    static void passwordChanged(AppUser user) {
        log.info("security event=password-changed user='{}'", user.getUsername());
    }

    private static String actor() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "system" : user.getName();
    }
}
