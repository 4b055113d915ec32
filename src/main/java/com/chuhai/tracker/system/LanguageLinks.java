package com.chuhai.tracker.system;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the language switcher: the current address in each language the app speaks. */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinks {

    /** One entry of the switcher; {@code label} is the language's own name, never translated. */
    record LanguageLink(String tag, String label, String href, boolean active) {}

    private static final List<String> LABELS = List.of("English", "Français", "简体中文");

    private final CurrentUrl currentUrl;

    LanguageLinks(CurrentUrl currentUrl) {
        this.currentUrl = currentUrl;
    }

    @ModelAttribute("languages")
    List<LanguageLink> languages(Locale current) {
        Locale active = LocaleConfig.supported(current);
        return LocaleConfig.SUPPORTED.stream()
                .map(locale -> new LanguageLink(
                        locale.toLanguageTag(),
                        LABELS.get(LocaleConfig.SUPPORTED.indexOf(locale)),
                        currentUrl.with(LocaleConfig.PARAMETER, locale.toLanguageTag()),
                        locale.equals(active)))
                .toList();
    }
}
