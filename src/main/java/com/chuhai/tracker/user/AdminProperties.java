package com.chuhai.tracker.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, from {@code APP_ADMIN_USERNAME} and {@code APP_ADMIN_PASSWORD}. Without a
 * password, one is generated and logged once, when the admin is created.
 */
@ConfigurationProperties("app.admin")
record AdminProperties(String username, String password) {

    static final String DEFAULT_USERNAME = "admin";

    String usernameOrDefault() {
        return username == null || username.isBlank() ? DEFAULT_USERNAME : username;
    }
}
