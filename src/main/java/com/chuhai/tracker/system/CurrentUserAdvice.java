package com.chuhai.tracker.system;

import com.chuhai.tracker.shared.AccountNames;
import com.chuhai.tracker.user.Role;
import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page who is signed in, for the menu: null for a reader. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    /** The signed-in user as the menu shows them. */
    record CurrentUser(String name, boolean writer, boolean admin) {}

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!AccountNames.isSignedIn(authentication)) {
            return null;
        }
        return new CurrentUser(
                authentication.getName(),
                Arrays.stream(Role.WRITERS).anyMatch(role -> hasRole(authentication, role)),
                hasRole(authentication, Role.ADMIN.name()));
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }
}
