package com.chuhai.tracker.user;

/** What a signed-in user may do. */
public enum Role {
    /** Everything an editor does, and manages users. */
    ADMIN,
    /** Enters and corrects data. */
    EDITOR,
    /** May sign in and read, but not write: an account kept without write access. */
    VIEWER;

    /** Roles that may change the dataset. */
    public static final String[] WRITERS = {ADMIN.name(), EDITOR.name()};
}
