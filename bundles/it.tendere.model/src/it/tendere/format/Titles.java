// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

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
}
