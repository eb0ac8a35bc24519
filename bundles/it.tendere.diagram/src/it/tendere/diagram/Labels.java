// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import it.tendere.servicemodel.Role;

/**
 * The Italian words the diagrams put in their boxes.
 */
final class Labels {

    /** The start of the placeholder for what the model lacks, as the document writes it. */
    static final String MISSING = "[da completare: ";

    private Labels() {
    }

    static String people(Role role) {
        if (!role.isSetHeadcount() || role.getHeadcount() <= 0) {
            return MISSING + "numero di persone]";
        }
        return role.getHeadcount() == 1 ? "1 persona" : role.getHeadcount() + " persone";
    }
}
