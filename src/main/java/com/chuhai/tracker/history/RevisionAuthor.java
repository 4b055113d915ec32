package com.chuhai.tracker.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, as JPA auditing does the rows themselves. */
class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        ((Revision) revision).setUsername(signedIn ? user.getName() : "system");
    }
}
