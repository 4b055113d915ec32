package com.chuhai.tracker.suggestion;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What every suggestion form has besides the fact itself, bound as {@code reader.note}, {@code
 * reader.email} and {@code reader.homepage}: a note for the editors, an address for a reply, and the
 * honeypot field people do not see.
 */
public class ReaderDetails {

    /** The fields as the suggestions' API names them, which the forms have under {@code reader.}. */
    static final Set<String> FIELDS = Set.of("note", "email", "homepage");

    @Size(max = 2000)
    private String note;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 200)
    private String homepage;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }
}
