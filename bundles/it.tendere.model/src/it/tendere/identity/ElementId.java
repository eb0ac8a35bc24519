// SPDX-License-Identifier: EPL-2.0
package it.tendere.identity;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;

/**
 * The one identity of a model element, shared by the diagrams' shapes, the
 * document's rows, the placeholders and the editors: an element that can be
 * referred to is {@code Kind:name} ({@code Phase:process/phase} for a phase,
 * whose name is unique only within its process); any other element is its
 * container's identity followed by {@code /feature} or {@code /feature.index},
 * as EMF writes containment paths; the model itself is {@code /}.
 *
 * <p>Names rather than positions, because an analyst who adds a role before
 * another must not see the other's shape take a new identity. Names are
 * unique per kind (the checks make a second one an error), so an identity
 * finds one element; in a model with such an error it finds the first.
 */
public final class ElementId {

    /** The identity of the model itself. */
    public static final String ROOT = "/";

    private ElementId() {
    }

    /** The identity of an element, or null for null. */
    public static String of(EObject element) {
        if (element == null) {
            return null;
        }
        if (element instanceof Phase phase && phase.getName() != null && phase.eContainer() instanceof Process process) {
            return "Phase:" + process.getName() + "/" + phase.getName();
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
            return named.eClass().getName() + ":" + named.getName();
        }
        EObject container = element.eContainer();
        if (container == null) {
            return ROOT;
        }
        // EMF's own segment, «@feature» or «@feature.index», without its «@»
        String step = ((InternalEObject) container).eURIFragmentSegment(element.eContainingFeature(), element)
                .substring(1);
        String parent = of(container);
        return (ROOT.equals(parent) ? "" : parent) + "/" + step;
    }

    /** The element of a model with an identity, or null when there is none. */
    public static EObject find(ServiceModel model, String id) {
        if (model == null || id == null) {
            return null;
        }
        if (ROOT.equals(id)) {
            return model;
        }
        for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
            EObject element = all.next();
            if (id.equals(of(element))) {
                return element;
            }
        }
        return null;
    }
}
