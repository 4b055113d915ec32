package com.chuhai.tracker.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin at start-up when there is none. An existing admin is never changed here:
 * the environment variables only seed an empty user table.
 */
@Component
@EnableConfigurationProperties(AdminProperties.class)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** BCrypt hashes at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;

    FirstAdmin(AppUserRepository users, PasswordEncoder encoder, AdminProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByRole(Role.ADMIN)) {
            return;
        }
        String username = properties.usernameOrDefault();
        boolean generated =
                properties.password() == null || properties.password().isBlank();
        String password = generated ? randomPassword() : properties.password();
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD is longer than " + MAX_PASSWORD_BYTES
                    + " bytes, more than BCrypt can hash; choose a shorter one");
        }
        Optional<AppUser> existing = users.findByUsername(AppUser.normalise(username));
        if (existing.isPresent() && existing.get().getRole() == Role.ADMIN) {
            log.info("The first admin was created meanwhile, by another instance");
            return;
        }
        if (existing.isPresent()) {
            throw new IllegalStateException("Cannot create the first admin: the username '" + username
                    + "' belongs to a user who is not an admin; set APP_ADMIN_USERNAME to another name");
        }
        try {
            users.saveAndFlush(new AppUser(username, encoder.encode(password), Role.ADMIN));
        } catch (DataIntegrityViolationException e) {
            if (!users.existsByRole(Role.ADMIN)) {
                throw new IllegalStateException("Cannot create the first admin '" + username + "'", e);
            }
            log.info("The first admin was created meanwhile, by another instance");
            return;
        }
        if (generated) {
            log.warn(
                    "Created the first admin '{}' with the generated password: {} (shown once; set APP_ADMIN_PASSWORD"
                            + " to choose one)",
                    username,
                    password);
        } else {
            log.info("Created the first admin '{}' with the password from APP_ADMIN_PASSWORD", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
