// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.ide.hover;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import it.tendere.dsl.i18n.Messages;
import it.tendere.format.Titles;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.TitledElement;

/**
 * What hovering says, the same in the studio and through the language
 * server: an element's kind in the user's language, its title and name, its
 * description, the line it is declared on; a problem's message (which names
 * the format's paragraph).
 */
public final class HoverText {

    private static final Messages MESSAGES = new Messages("it.tendere.dsl.ide.hover.messages", HoverText.class);

    private HoverText() {
    }

    /** What a class of the metamodel is called in the user's language («Ruolo»), or its name where none is said. */
    public static String kind(String className) {
        try {
            return MESSAGES.get("kind." + className);
        } catch (MissingResourceException e) {
            return className;
        }
    }

    /** The text for an element: «Ruolo «Progettista della formazione» (progettista)», its description, its line. */
    public static String describe(EObject element) {
        String kind = kind(element.eClass().getName());
        StringBuilder text = new StringBuilder();
        if (element instanceof TitledElement titled) {
            text.append(MESSAGES.get("hover.titled", kind, Titles.of(titled), titled.getName()));
        } else if (element instanceof NamedElement named) {
            text.append(MESSAGES.get("hover.named", kind, named.getName()));
        } else {
            text.append(kind);
        }
        EStructuralFeature description = element.eClass().getEStructuralFeature("description");
        if (description != null && element.eGet(description) instanceof String value && !value.isBlank()) {
            text.append('\n').append(value);
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        if (node != null) {
            text.append('\n').append(MESSAGES.get("hover.line", node.getStartLine()));
        }
        return text.toString();
    }

    /** The text for a problem of the format's checks. */
    public static String problem(String message) {
        return MESSAGES.get("hover.problem", message);
    }
}
