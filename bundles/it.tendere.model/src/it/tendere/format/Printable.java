// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

/**
 * Text from a model as it may be shown in a message or on a terminal:
 * control and format characters (escape sequences, bidirectional overrides)
 * and lone surrogates written as {@code \u001B}, never passed on raw.
 */
public final class Printable {

    private Printable() {
    }

    /** The text made printable, whole. */
    public static String of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /** The text made printable, cut with «…» after {@code max} characters. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(Math.min(text.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); shown++) {
            if (shown == max) {
                return printable.append('…').toString();
            }
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                printable.append(String.format("\\u%04X", c));
            } else {
                printable.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return printable.toString();
    }
}
