package com.chuhai.tracker.user;

import jakarta.validation.constraints.NotBlank;

/** A user's change of their own password: the current one, and the new one twice. */
record PasswordForm(
        @NotBlank String current,
        @NotBlank String replacement,
        @NotBlank String confirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
