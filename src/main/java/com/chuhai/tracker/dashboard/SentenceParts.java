package com.chuhai.tracker.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A translated sentence cut at its arguments, so that a template can show each argument as a link (a
 * number leading to the companies it counts) while the words and their order stay the translator's:
 * {@code ${@sentenceParts.of('dashboard.residency.sentence')}} gives text parts and argument parts
 * ({@code arg} is the argument's index) in the order the reader's language puts them.
 */
@Component
public class SentenceParts {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    private final MessageSource messages;

    SentenceParts(MessageSource messages) {
        this.messages = messages;
    }

    /** A run of text ({@code arg} null) or the place of argument {@code arg}. */
    public record Part(String text, Integer arg) {}

    public List<Part> of(String code) {
        String pattern = messages.getMessage(code, null, LocaleContextHolder.getLocale());
        List<Part> parts = new ArrayList<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        int start = 0;
        while (matcher.find()) {
            if (matcher.start() > start) {
                parts.add(new Part(unquote(pattern.substring(start, matcher.start())), null));
            }
            parts.add(new Part(null, Integer.valueOf(matcher.group(1))));
            start = matcher.end();
        }
        if (start < pattern.length()) {
            parts.add(new Part(unquote(pattern.substring(start)), null));
        }
        return parts;
    }

    /** The message is a MessageFormat pattern, where an apostrophe is written twice. */
    private static String unquote(String text) {
        return text.replace("''", "'");
    }
}
