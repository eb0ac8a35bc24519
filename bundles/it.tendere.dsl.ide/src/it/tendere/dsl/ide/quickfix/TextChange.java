// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.quickfix;

/** A change to a model's text: the {@code length} characters at {@code offset} become {@code text}. */
public record TextChange(int offset, int length, String text) {

    /** Text inserted at an offset. */
    public static TextChange insert(int offset, String text) {
        return new TextChange(offset, 0, text);
    }
}
