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
        return isSignedIn(SecurityContextHolder.getContext().getAuthentication()) ? username : null;
    }

    /** Whether someone has signed in, rather than an anonymous reader: the one check for it. */
    public static boolean isSignedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
