// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one message bundle: Italian ({@code messages.properties})
 * unless the user chose English ({@code messages_en.properties}).
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    // The JVM's default locale is deliberately not consulted: Italian is the
    // language of the format, English is an explicit choice.
    private static volatile Locale locale = Locale.ITALIAN;

    private final String bundleName;
    private final ClassLoader loader;

    /** The texts of the bundle {@code bundleName}, found by the class loader of {@code owner}. */
    public Messages(String bundleName, Class<?> owner) {
        this.bundleName = bundleName;
        this.loader = owner.getClassLoader();
    }

    /** Chooses the language of every text: English for "en", Italian otherwise. */
    public static void setLanguage(String language) {
        locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ITALIAN;
    }

    /** The language in force, "it" or "en". */
    public static String language() {
        return locale.getLanguage();
    }

    /** Returns the chosen language's text for a key, formatted with the arguments. */
    public String get(String key, Object... arguments) {
        Locale current = locale;
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName,
                Locale.ITALIAN.equals(current) ? Locale.ROOT : current, loader, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), current).format(arguments);
    }
}
