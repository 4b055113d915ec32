package com.chuhai.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every user-visible string exists in every language, formats, and shows its apostrophes once. */
class MessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_fr.properties", "messages_zh_CN.properties"})
    void everyKeyExistsInEveryLanguage(String bundle) throws IOException {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> translated = load(bundle).stringPropertyNames();

        assertThat(translated).as(bundle).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_zh_CN.properties"})
    void everyMessageWithArgumentsFormats(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            // Every message goes through MessageFormat (spring.messages.always-use-message-format),
            // with or without arguments, so every apostrophe is written '' and none is shown doubled.
            String shown = new MessageFormat(message, Locale.ROOT).format(new Object[] {1, 2, 3, 4});
            assertThat(shown).as("%s in %s", key, bundle).doesNotContain("{0").doesNotContain("''");
            assertThat(message.replace("''", ""))
                    .as("%s in %s: write ' as ''", key, bundle)
                    .doesNotContain("'");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(MessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
