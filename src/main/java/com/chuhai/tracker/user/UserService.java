package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.ConflictException;
import com.chuhai.tracker.shared.InvalidInputException;
import com.chuhai.tracker.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages users: created by admins, given a role, disabled; each changes their own password. */
@Service
@Transactional(readOnly = true)
class UserService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final SessionRegistry sessions;

    UserService(AppUserRepository users, PasswordEncoder encoder, SessionRegistry sessions) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    List<AppUser> all() {
        return users.findAll(Sort.by("username"));
    }

    @Transactional
    AppUser create(String username, Role role, String password) {
        checkPassword("password", password);
        if (users.findByUsername(AppUser.normalise(username)).isPresent()) {
            throw InvalidInputException.of("username", "user.taken", username);
        }
        return users.saveAndFlush(new AppUser(username, encoder.encode(password), role));
    }

    /**
     * Changes a user's role and whether they may sign in. The last enabled admin cannot be demoted or
     * disabled, so that someone can always manage users.
     */
    @Transactional
    AppUser update(String username, long version, Role role, boolean enabled) {
        AppUser user = require(username);
        user.checkVersion(version);
        boolean losesAdmin = user.getRole() == Role.ADMIN && user.isEnabled() && (role != Role.ADMIN || !enabled);
        if (losesAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new ConflictException("user.lastAdmin");
        }
        boolean changesAccess = user.getRole() != role || user.isEnabled() != enabled;
        user.changeRole(role);
        user.setEnabled(enabled);
        AppUser saved = users.saveAndFlush(user);
        if (changesAccess) {
            endSessions(saved.getUsername());
        }
        return saved;
    }

    /** Changes the signed-in user's own password, after checking the current one. */
    @Transactional
    void changePassword(String username, String current, String replacement) {
        AppUser user = require(username);
        if (current == null || !encoder.matches(current, user.getPasswordHash())) {
            throw InvalidInputException.of("current", "user.wrongPassword");
        }
        checkPassword("replacement", replacement);
        user.changePassword(encoder.encode(replacement));
        users.saveAndFlush(user);
    }

    /** Signs a user out everywhere: their sessions end at their next request. */
    private void endSessions(String username) {
        sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }

    private static void checkPassword(String field, String password) {
        int bytes = password == null ? 0 : password.getBytes(StandardCharsets.UTF_8).length;
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || bytes > FirstAdmin.MAX_PASSWORD_BYTES) {
            throw InvalidInputException.of(
                    field, "user.passwordLength", MIN_PASSWORD_LENGTH, FirstAdmin.MAX_PASSWORD_BYTES);
        }
    }

    private AppUser require(String username) {
        return users.findByUsername(AppUser.normalise(username))
                .orElseThrow(() -> new NotFoundException("user", username));
    }
}
