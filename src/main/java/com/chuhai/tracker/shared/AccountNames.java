package com.chuhai.tracker.shared;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who created or changed a record is shown to signed-in users only: to anyone else the sign-in names
 * of editors are the list of accounts to guess.
 */
public final class AccountNames {

    /** What {@code createdBy} and {@code updatedBy} say to a reader who is not signed in. */
    public static final String HIDDEN_DESCRIPTION = "The editor's sign-in name; null unless the request is signed in.";

    private AccountNames() {}

    /** The name, or null when the current request is not signed in. */
    public static String visible(String username) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        return signedIn ? username : null;
    }
}
