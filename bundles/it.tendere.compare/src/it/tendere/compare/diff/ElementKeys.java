// SPDX-License-Identifier: EPL-2.0
package it.tendere.compare.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.AddedValue;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.PerimeterItem;
import it.tendere.servicemodel.ServiceModel;

/**
 * Which element of one version is which of the other: a named element by
 * its identity ({@link ElementId}, so a phase within its process), an
 * unnamed one by what it is about within its container (the aspect of a
 * positioning, the text of a perimeter item, the kind of a delivery block…),
 * never by its position — a perimeter item inserted before another must not
 * make every later one «changed».
 */
final class ElementKeys {

    private ElementKeys() {
    }

    /** Every element of the model by its key, the model first, in the text's order. */
    static Map<String, EObject> index(ServiceModel model) {
        Map<String, EObject> index = new LinkedHashMap<>();
        index.put(ElementId.ROOT, model);
        model.eAllContents().forEachRemaining(element -> index.putIfAbsent(key(element), element));
        return index;
    }

    static String key(EObject element) {
        if (element.eContainer() == null) {
            return ElementId.ROOT;
        }
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
            return ElementId.of(element);
        }
        String parent = key(element.eContainer());
        EStructuralFeature feature = element.eContainingFeature();
        String step = (ElementId.ROOT.equals(parent) ? "" : parent) + "/" + feature.getName();
        if (!feature.isMany()) {
            return step;
        }
        return step + "[" + about(element) + "]";
    }

    /** What an unnamed element of a list is about; the same twice is told apart by its occurrence. */
    private static String about(EObject element) {
        String subject = subject(element);
        int occurrence = 1;
        for (Object sibling : (List<?>) element.eContainer().eGet(element.eContainingFeature())) {
            if (sibling == element) {
                break;
            }
            if (subject.equals(subject((EObject) sibling))) {
                occurrence++;
            }
        }
        return occurrence == 1 ? subject : subject + "#" + occurrence;
    }

    private static String subject(EObject element) {
        if (element instanceof AspectPositioning positioning) {
            return positioning.getAspect().getLiteral();
        } else if (element instanceof PerimeterItem item) {
            return item.getKind().getLiteral() + ":" + item.getText();
        } else if (element instanceof AddedValue value) {
            return value.getKind().getLiteral();
        } else if (element instanceof DeliveryBlock block) {
            return block.getKind().getLiteral();
        } else if (element instanceof DeliveryElement delivery) {
            return String.valueOf(delivery.getElement());
        }
        return "";
    }
}
