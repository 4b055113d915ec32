package com.chuhai.tracker.user;

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

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AdminProperties properties;
    private final PasswordPolicy policy;

    FirstAdmin(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, AdminProperties properties) {
        this.users = users;
        this.encoder = encoder;
        this.properties = properties;
        this.policy = policy;
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
        Optional<AppUser> existing = users.findByUsername(AppUser.normalise(username));
        if (existing.isPresent() && existing.get().getRole() == Role.ADMIN) {
            log.info("The first admin was created meanwhile, by another instance");
            return;
        }
        if (existing.isPresent()) {
            throw new IllegalStateException("Cannot create the first admin: the username '" + username
                    + "' belongs to a user who is not an admin; set APP_ADMIN_USERNAME to another name");
        }
        String problem = generated ? null : policy.problem(username, password);
        if (problem != null) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD does not meet the password rules (" + problem
                    + "): at least " + PasswordPolicy.MIN_CHARACTERS + " characters, at most "
                    + PasswordPolicy.MAX_BYTES + " bytes in UTF-8, and not easy to guess; choose another");
        }
        try {
            AppUser admin = new AppUser(username, encoder.encode(password), Role.ADMIN);
            if (generated) {
                admin.requirePasswordChange();
            }
            users.saveAndFlush(admin);
        } catch (DataIntegrityViolationException e) {
            if (!users.existsByRole(Role.ADMIN)) {
                throw new IllegalStateException("Cannot create the first admin '" + username + "'", e);
            }
            log.info("The first admin was created meanwhile, by another instance");
            return;
        }
        if (generated) {
            log.warn(
                    "Created the first admin '{}' with the generated password: {} (shown once, to be replaced at"
                            + " the first sign-in; set APP_ADMIN_PASSWORD to choose one)",
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
