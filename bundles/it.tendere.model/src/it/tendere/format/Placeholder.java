// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import org.eclipse.emf.ecore.EObject;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.TitledElement;

/**
 * Something the document must show but the model does not say: what is
 * missing, of which element, in which part of the format, and the check that
 * warns about it. The document, the diagrams and the command line all show
 * the same value; only {@link #text()} words it for the page.
 *
 * @param what    what is missing, in Italian («descrizione del segmento»)
 * @param element the {@link it.tendere.identity.ElementId} of the element that lacks it
 * @param label   the element as a reader names it (its title), or null for the model itself
 * @param part    the part of the format it belongs to («2.1 Obiettivi e caratteristiche – Utenza»)
 * @param code    the {@link IssueCodes} code of the warning that announces it
 */
public record Placeholder(String what, String element, String label, String part, String code) {

    /** The placeholder of what an element lacks, in a part of the format, announced by the check {@code code}. */
    public static Placeholder of(String what, EObject element, String part, String code) {
        String label = element instanceof TitledElement titled ? Titles.of(titled)
                : element instanceof NamedElement named ? named.getName() : null;
        return new Placeholder(what, ElementId.of(element), label, part, code);
    }

    /** How a placeholder reads in the document: the one place its marker is written. */
    public String text() {
        return "[da completare: " + what + "]";
    }

    /** How a placeholder is listed for the user: where, what, of which element. */
    public String describe() {
        return part + ": " + what + (label == null ? "" : " – «" + label + "»");
    }
}
