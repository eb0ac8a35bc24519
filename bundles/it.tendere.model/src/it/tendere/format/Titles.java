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
        return element.getTitle() == null || element.getTitle().isBlank() ? element.getName() : element.getTitle();
    }
}
