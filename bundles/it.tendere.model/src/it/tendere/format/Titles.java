// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import org.eclipse.emf.ecore.EObject;

import it.tendere.servicemodel.AddedValue;
import it.tendere.servicemodel.AspectPositioning;
import it.tendere.servicemodel.DeliveryBlock;
import it.tendere.servicemodel.DeliveryElement;
import it.tendere.servicemodel.PerimeterItem;
import it.tendere.servicemodel.TitledElement;

/**
 * The name a reader sees for an element: its title, or its identifier where
 * it has no title. The checks, the diagrams and the document all say it so.
 */
public final class Titles {

    private Titles() {
    }

    public static String of(TitledElement element) {
        return has(element) ? element.getTitle() : element.getName();
    }

    /** Whether the model gives the element a title of its own (else the checks warn and the document says so). */
    public static boolean has(TitledElement element) {
        return element.getTitle() != null && !element.getTitle().isBlank();
    }

    /**
     * What an element without a name is about, as the document says it: a
     * perimeter item's text, an aspect's or an added value's or a delivery
     * block's label, a delivery element's text; null for any other.
     */
    public static String about(EObject element) {
        if (element instanceof PerimeterItem item) {
            return item.getText();
        } else if (element instanceof AddedValue value) {
            return Labels.of(value.getKind());
        } else if (element instanceof AspectPositioning positioning) {
            return Labels.of(positioning.getAspect());
        } else if (element instanceof DeliveryBlock block) {
            return Labels.of(block.getKind());
        } else if (element instanceof DeliveryElement delivery) {
            return delivery.getElement();
        }
        return null;
    }
}
