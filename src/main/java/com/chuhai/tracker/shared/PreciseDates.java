package com.chuhai.tracker.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a date at the precision it is known, in the reader's language: "17 Jun 2022", "Jun 2022" or
 * "2022" (patterns date.pattern.day/month/year in messages). Templates call it as
 * {@code ${@preciseDates.format(date, precision)}}.
 */
@Component
public class PreciseDates {

    private final MessageSource messages;

    PreciseDates(MessageSource messages) {
        this.messages = messages;
    }

    /** The date as text, or an empty string when there is none; a missing precision means DAY. */
    public String format(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String key = "date.pattern."
                + (precision == null ? DatePrecision.DAY : precision).name().toLowerCase(Locale.ROOT);
        return DateTimeFormatter.ofPattern(messages.getMessage(key, null, locale), locale)
                .format(date);
    }
}
