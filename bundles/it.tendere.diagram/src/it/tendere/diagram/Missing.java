// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import it.tendere.diagram.Diagram.Line;
import it.tendere.format.Placeholder;

/**
 * The placeholders one diagram draws, gathered as its boxes are made, so
 * that the diagram can list them beside the document's own.
 */
final class Missing {

    private final String part;
    private final List<Placeholder> found = new ArrayList<>();

    /** @param part the part of the format the diagram belongs to */
    Missing(String part) {
        this.part = part;
    }

    /** The line of a box where an element lacks something, recorded with the check that warns about it. */
    Line line(String what, EObject element, String code) {
        Placeholder placeholder = Placeholder.of(what, element, part, code);
        found.add(placeholder);
        return new Line(placeholder.text(), true);
    }

    List<Placeholder> all() {
        return List.copyOf(found);
    }
}
