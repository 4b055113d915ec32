package com.chuhai.tracker.history;

import com.chuhai.tracker.shared.AccountNames;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, as JPA auditing does the rows themselves, and its {@link RevisionNote}. */
class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision).setUsername(AccountNames.isSignedIn(user) ? user.getName() : "system");
        ((Revision) revision).setNote(RevisionNote.current());
    }
}
