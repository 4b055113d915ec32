package com.chuhai.tracker.history;

import java.util.function.Supplier;

/**
 * Why the changes saved while it is set were made, kept with their revision beside the author: an
 * accepted suggestion names itself ("suggestion 3fQ…"), so that the history cites where a fact came
 * from. Set for one call on the current thread, cleared after it.
 */
public final class RevisionNote {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RevisionNote() {}

    public static <T> T during(String note, Supplier<T> work) {
        String outer = CURRENT.get();
        CURRENT.set(note);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    static String current() {
        return CURRENT.get();
    }
}
