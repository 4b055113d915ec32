package com.chuhai.tracker.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs users in from the {@code app_user} table. A user who must replace a generated password has no
 * role until they do: only {@link #PASSWORD_CHANGE_REQUIRED}, which opens nothing but /account.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final AppUserRepository users;

    DatabaseUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(AppUser.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        User.UserBuilder details = User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled());
        return user.mustChangePassword()
                ? details.authorities(PASSWORD_CHANGE_REQUIRED).build()
                : details.roles(user.getRole().name()).build();
    }
}
