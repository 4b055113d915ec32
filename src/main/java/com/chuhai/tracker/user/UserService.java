package com.chuhai.tracker.user;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final SessionRegistry sessions;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;
    private final HistoryService history;

    UserService(
            AppUserRepository users,
            PasswordEncoder encoder,
            SessionRegistry sessions,
            PasswordPolicy policy,
            SignInThrottle throttle,
            HistoryService history) {
        this.users = users;
        this.encoder = encoder;
        this.sessions = sessions;
        this.policy = policy;
        this.throttle = throttle;
        this.history = history;
    }

    List<AppUser> all() {
        return users.findAll(Sort.by("username"));
    }

    @Transactional
    AppUser create(String username, Role role, String password) {
        policy.check("password", username, password);
        if (users.findByUsername(AppUser.normalise(username)).isPresent()) {
            throw DomainException.invalid("username", "user.taken", username);
        }
        AppUser created = users.saveAndFlush(new AppUser(username, encoder.encode(password), role));
        SecurityEvents.userCreated(created);
        return created;
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
            throw DomainException.conflict("user.lastAdmin");
        }
        boolean changesAccess = user.getRole() != role || user.isEnabled() != enabled;
        user.changeRole(role);
        user.setEnabled(enabled);
        AppUser saved = users.saveAndFlush(user);
        SecurityEvents.userChanged(saved);
        if (changesAccess) {
            endSessions(saved.getUsername());
        }
        return saved;
    }

    /**
     * Changes the signed-in user's own password, after checking the current one (guesses of it are
     * throttled like sign-ins, per user and {@code client} address), and ends their other sessions
     * (the one with {@code keptSession} id goes on).
     */
    @Transactional
    void changePassword(String username, String current, String replacement, String keptSession, String client) {
        AppUser user = require(username);
        String pair = "password-form " + client;
        if (!throttle.admit(user.getUsername(), pair)
                || current == null
                || !encoder.matches(current, user.getPasswordHash())) {
            throw DomainException.invalid("current", "user.wrongPassword");
        }
        throttle.succeeded(user.getUsername(), pair);
        policy.check("replacement", username, replacement);
        user.changePassword(encoder.encode(replacement));
        users.saveAndFlush(user);
        SecurityEvents.passwordChanged(user);
        sessions.getAllSessions(user.getUsername(), false).stream()
                .filter(session -> !session.getSessionId().equals(keptSession))
                .forEach(SessionInformation::expireNow);
    }

    /** Every version of a user as the audit trail keeps it (the password hash left out), oldest first. */
    List<HistoryService.Version> history(String username) {
        return history.versions(AppUser.class, require(username).getId(), user -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("username", user.getUsername());
            fields.put("role", user.getRole());
            fields.put("enabled", user.isEnabled());
            fields.put("mustChangePassword", user.mustChangePassword());
            return fields;
        });
    }

    /** Gives a user the role and access of an earlier revision (never an old password), as a new version. */
    @Transactional
    String restore(String username, long revision) {
        AppUser current = require(username);
        AppUser earlier = history.at(AppUser.class, current.getId(), revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        return update(username, current.getVersion(), earlier.getRole(), earlier.isEnabled())
                .getUsername();
    }

    /** Signs a user out everywhere: their sessions end at their next request. */
    private void endSessions(String username) {
        sessions.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }

    private AppUser require(String username) {
        return users.findByUsername(AppUser.normalise(username))
                .orElseThrow(() -> DomainException.notFound("user", username));
    }
}
