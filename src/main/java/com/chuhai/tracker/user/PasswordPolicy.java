package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.DomainException;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a password must be, for every user and for the first admin's {@code APP_ADMIN_PASSWORD}: at
 * least 12 characters, counted as characters (a Chinese passphrase of 12 characters is 12, not 36),
 * at most 72 bytes in UTF-8, which is all BCrypt hashes (longer ones are refused, never cut silently),
 * and not easy to guess: zxcvbn, which knows the common passwords, names, keyboard walks, repeats and
 * dates, must rate it at least 3 of 4, with the username and the app's name counted as known words.
 */
@Component
class PasswordPolicy {

    static final int MIN_CHARACTERS = 12;

    /** BCrypt hashes at most 72 bytes of a password. */
    static final int MAX_BYTES = 72;

    /** zxcvbn's score for "safely unguessable: moderate protection from an offline slow-hash attack". */
    static final int MIN_SCORE = 3;

    private final Zxcvbn strength = new Zxcvbn();

    /** Refuses a password that breaks the policy, naming {@code field}. */
    void check(String field, String username, String password) {
        String problem = problem(username, password);
        if (problem != null) {
            throw DomainException.invalid(field, problem, MIN_CHARACTERS, MAX_BYTES);
        }
    }

    /** The message key of what is wrong with a password, or null when it will do. */
    String problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return "user.passwordShort";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "user.passwordLong";
        }
        List<String> known = username == null
                ? List.of("chuhai", "cloud", "tracker")
                : List.of(username, "chuhai", "cloud", "tracker");
        if (strength.measure(password, known).getScore() < MIN_SCORE) {
            return "user.passwordWeak";
        }
        return null;
    }
}
