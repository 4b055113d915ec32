package com.chuhai.tracker.user;

import com.chuhai.tracker.web.ClientAddress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signs in with a username and password, by form and by HTTP Basic alike, behind the
 * {@link SignInThrottle}. Every refusal is the same "bad credentials" after the same work (a BCrypt
 * check), whether the account is unknown, disabled, throttled or the password wrong, so neither the
 * answer nor its time tells an attacker which accounts exist. Every outcome is logged as a security
 * event.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger("security");

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final PasswordEncoder encoder;
    private final String dummyHash;
    private final Counter checked;
    private final Counter throttled;

    ThrottledAuthentication(
            DatabaseUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, MeterRegistry meters) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        // Disabled accounts are refused after the password check, with the same answer as a wrong one.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
                throw new BadCredentialsException("Bad credentials");
            }
        });
        this.throttle = throttle;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("a password no one has");
        this.checked = Counter.builder("app.sign-in.attempts")
                .tag("outcome", "checked")
                .description("Sign-in attempts whose password was checked")
                .register(meters);
        this.throttled = Counter.builder("app.sign-in.attempts")
                .tag("outcome", "throttled")
                .description("Sign-in attempts refused by the throttle without a password check")
                .register(meters);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = AppUser.normalise(String.valueOf(attempt.getName()));
        String client = clientOf(attempt);
        if (!isPlausible(username)) {
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            log.info("security event=sign-in-failed user=<not a username> client={}", client);
            throw new BadCredentialsException("Bad credentials");
        }
        if (!throttle.admit(username, client)) {
            throttled.increment();
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            log.warn("security event=sign-in-throttled user='{}' client={}", username, client);
            throw new BadCredentialsException("Bad credentials");
        }
        checked.increment();
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, client);
            log.info("security event=sign-in-succeeded user='{}' client={}", username, client);
            return signedIn;
        } catch (AuthenticationException refused) {
            log.info("security event=sign-in-failed user='{}' client={}", username, client);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Whether a name could be a username at all (at most 100 characters, no control characters), so
     * that neither the database nor the log ever sees anything else; the rest are refused like a
     * wrong password.
     */
    static boolean isPlausible(String username) {
        return !username.isEmpty()
                && username.length() <= 100
                && username.codePoints().noneMatch(Character::isISOControl);
    }

    /** The client of an attempt, as every per-client limit counts it ({@link ClientAddress}). */
    static String clientOf(Authentication attempt) {
        return ClientAddress.of(
                attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null);
    }
}
