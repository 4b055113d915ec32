package com.chuhai.tracker.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A reference record's name in the pages' other languages (French, Simplified Chinese) beside its
 * name, which is English and what the API's {@code name}, the CSV files and the history keep. A
 * missing translation falls back to the name. A class rather than a record: the history (Envers)
 * builds its components field by field.
 */
@Embeddable
public class LocalNames implements Serializable {

    public static final LocalNames NONE = new LocalNames(null, null);

    @Column(name = "name_fr")
    private String fr;

    @Column(name = "name_zh")
    private String zh;

    protected LocalNames() {}

    public LocalNames(String fr, String zh) {
        this.fr = blankToNull(fr);
        this.zh = blankToNull(zh);
    }

    public String fr() {
        return fr;
    }

    public String zh() {
        return zh;
    }

    /** The name a reader of {@code locale} sees: the translation when there is one, else {@code name}. */
    public String in(Locale locale, String name) {
        String translated = switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "zh" -> zh;
            default -> null;
        };
        return translated == null ? name : translated;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalNames that && Objects.equals(fr, that.fr) && Objects.equals(zh, that.zh);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fr, zh);
    }
}
