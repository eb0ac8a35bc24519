// SPDX-License-Identifier: EPL-2.0
package it.tendere.design;

import it.tendere.format.Sezione2;
import it.tendere.servicemodel.AspectPositioning;

/**
 * The Java services of the viewpoint, called from its AQL expressions as
 * {@code self.aspectName()} and so on. AQL could spell the nine rows of the
 * Base/Avanzato table out in nested {@code if}s; these give the format's
 * fixed texts from the one place they are kept, {@link Sezione2}, instead.
 */
public class Services {

    /** The aspect's name, as the table's «Aspetti organizzativi» column has it. */
    public String aspectName(AspectPositioning positioning) {
        return Sezione2.aspect(positioning.getAspect()).name();
    }

    /** The «Modello Base» description of the aspect. */
    public String baseText(AspectPositioning positioning) {
        return Sezione2.aspect(positioning.getAspect()).base();
    }

    /** The «Modello Avanzato» description of the aspect. */
    public String advancedText(AspectPositioning positioning) {
        return Sezione2.aspect(positioning.getAspect()).advanced();
    }
}
