// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;

/**
 * The studio speaks two languages: every text has both, and every Java text
 * is a valid MessageFormat pattern (an apostrophe written once would eat
 * the rest of the sentence).
 */
class TextsTests {

    private static Properties load(String path) throws IOException {
        Bundle studio = Platform.getBundle("it.tendere.studio");
        URL entry = studio.getEntry(path);
        if (entry == null) {
            entry = studio.getResource(path);
        }
        assertNotNull(entry, path + " is in the studio's bundle");
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = { "it/tendere/studio/messages", "plugin" })
    void everyTextIsInItalianAndInEnglish(String bundle) throws IOException {
        Properties italian = load(bundle + ".properties");
        Properties english = load(bundle + "_en.properties");
        assertEquals(new TreeSet<>(italian.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "it/tendere/studio/messages.properties", "it/tendere/studio/messages_en.properties" })
    void everyJavaTextIsAValidPattern(String path) throws IOException {
        Properties texts = load(path);
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            String formatted = new MessageFormat(pattern, Locale.ITALIAN).format(new Object[] { 1, 2, 3 });
            // a lone apostrophe quotes what follows: the text comes out shorter than written, its braces unreplaced
            assertEquals(-1, pattern.replace("''", "").indexOf('\''),
                    () -> key + ": a lone apostrophe in «" + pattern + "» gives «" + formatted + "»");
            assertEquals(pattern.split("''", -1).length - 1, formatted.chars().filter(c -> c == '\'').count(),
                    () -> key + ": every doubled apostrophe is one in «" + formatted + "»");
            assertFalse(formatted.matches("(?s).*\\{\\d.*"), () -> key + ": an argument left unreplaced in «" + formatted + "»");
        }
    }
}
