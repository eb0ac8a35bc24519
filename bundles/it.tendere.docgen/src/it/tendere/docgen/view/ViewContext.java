// SPDX-License-Identifier: EPL-2.0
package it.tendere.docgen.view;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import it.tendere.diagram.Diagram;
import it.tendere.docgen.view.Section2View.Block;
import it.tendere.docgen.view.Section2View.Bullets;
import it.tendere.docgen.view.Section2View.Figure;
import it.tendere.docgen.view.Section2View.Item;
import it.tendere.docgen.view.Section2View.Span;
import it.tendere.docgen.view.Section2View.Text;
import it.tendere.format.IssueCodes;
import it.tendere.format.Placeholder;
import it.tendere.servicemodel.TitledElement;

/**
 * Builds the blocks of one paragraph and remembers every placeholder it
 * writes where the model lacks something: what, of which element, in which
 * part, and the check that warns about it. Where a whole paragraph is
 * missing from the model, every placeholder in it is the one warning that
 * says so.
 */
final class ViewContext {

    private final List<Placeholder> placeholders;
    /** The figures numbered so far: the views are built in the order of the document. */
    private int figures;
    private String where = "";
    private String absentCode;
    private EObject absentOwner;

    ViewContext(List<Placeholder> placeholders) {
        this.placeholders = placeholders;
    }

    /** Sets the part of the document the next placeholders belong to. */
    void at(String part) {
        where = part;
    }

    /** Until {@link #present()}, the paragraph is missing from {@code owner}, as the check {@code code} says. */
    void absent(String code, EObject owner) {
        absentCode = code;
        absentOwner = owner;
    }

    void present() {
        absentCode = null;
        absentOwner = null;
    }

    /** A placeholder for what {@code element} lacks, announced by the check {@code code}; recorded. */
    Span missing(String what, EObject element, String code) {
        Placeholder placeholder = absentCode != null ? Placeholder.of(what, absentOwner, where, absentCode)
                : Placeholder.of(what, element, where, code);
        placeholders.add(placeholder);
        return Span.of(placeholder);
    }

    /** The value, or a placeholder where it is blank. */
    Span or(String value, String what, EObject element, String code) {
        return value == null || value.isBlank() ? missing(what, element, code) : Span.plain(value);
    }

    List<Span> cell(String value, String what, EObject element, String code) {
        return List.of(or(value, what, element, code));
    }

    /** A bulleted list of the values, or one placeholder item where there are none. */
    Block list(List<String> values, String what, EObject element, String code) {
        List<Item> items = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                items.add(Item.of(Span.plain(value)));
            }
        }
        if (items.isEmpty()) {
            items.add(Item.of(missing(what, element, code)));
        }
        return new Bullets(items, false);
    }

    /** An element's title, or the placeholder the title check announces. */
    Span title(TitledElement element) {
        return or(element.getTitle(), "titolo", element, IssueCodes.TITLE_MISSING);
    }

    /** A span in bold, unless it is a placeholder, which always looks like one. */
    static Span bold(Span span) {
        return span.isPlaceholder() ? span : Span.bold(span.text());
    }

    /** A diagram as the document's next figure; its placeholders are listed with the document's. */
    Figure figure(Diagram diagram, String caption) {
        placeholders.addAll(diagram.placeholders());
        return new Figure(diagram, ++figures, caption, diagram.description());
    }

    static Text label(String label, String text) {
        return Text.of(Span.bold(label + ": "), Span.plain(text));
    }

    static Text question(String label, String question) {
        return Text.of(Span.bold(label + ": "), Span.italic(question));
    }

    static Bullets numbered(List<String> items) {
        return new Bullets(items.stream().map(i -> Item.of(Span.plain(i))).toList(), true);
    }
}
