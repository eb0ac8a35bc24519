// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Emphasis;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Text;

/**
 * Builds the blocks of one paragraph and remembers every placeholder it
 * writes where the model lacks something, with the paragraph it is in.
 */
final class ViewContext {

    /** How a placeholder starts; it ends with «]». */
    static final String PLACEHOLDER = "[da completare: ";

    private final List<String> placeholders;
    private String where = "";

    ViewContext(List<String> placeholders) {
        this.placeholders = placeholders;
    }

    /** Sets the part of the document the next placeholders belong to. */
    void at(String part) {
        where = part;
    }

    /** A placeholder for what is missing, recorded. */
    Span missing(String what) {
        placeholders.add(where + ": " + what);
        return new Span(PLACEHOLDER + what + "]", Emphasis.NONE, true);
    }

    /** The value, or a placeholder where it is blank. */
    Span or(String value, String what) {
        return value == null || value.isBlank() ? missing(what) : Span.plain(value);
    }

    List<Span> cell(String value, String what) {
        return List.of(or(value, what));
    }

    /** A bulleted list of the values, or one placeholder item where there are none. */
    Block list(List<String> values, String what) {
        List<List<Span>> items = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                items.add(List.of(Span.plain(value)));
            }
        }
        if (items.isEmpty()) {
            items.add(List.of(missing(what)));
        }
        return new Bullets(items, false);
    }

    static Text label(String label, String text) {
        return Text.of(Span.bold(label + ": "), Span.plain(text));
    }

    static Text question(String label, String question) {
        return Text.of(Span.bold(label + ": "), Span.italic(question));
    }

    static Bullets numbered(List<String> items) {
        return new Bullets(items.stream().map(i -> List.of(Span.plain(i))).toList(), true);
    }
}
