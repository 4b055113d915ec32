package com.chuhai.tracker.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new user, as an admin enters them. */
record UserForm(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{user.usernamePattern}")
        String username,

        @NotNull Role role,
        @NotBlank String password) {

    static UserForm empty() {
        return new UserForm(null, Role.EDITOR, null);
    }
}
