// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import it.tendere.diagram.Diagram.Line;
import it.tendere.format.IssueCodes;
import it.tendere.format.Titles;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.TitledElement;

/**
 * The lines the diagrams put in their boxes where a value may be missing.
 */
final class BoxLines {

    private BoxLines() {
    }

    static String people(Role role) {
        return role.getHeadcount() == 1 ? "1 persona" : role.getHeadcount() + " persone";
    }

    /** A role's headcount, or the placeholder the headcount check announces. */
    static Line people(Role role, Missing missing) {
        return hasHeadcount(role) ? Line.plain(people(role))
                : missing.line("numero di persone", role, IssueCodes.HEADCOUNT_MISSING);
    }

    static boolean hasHeadcount(Role role) {
        return role.isSetHeadcount() && role.getHeadcount() > 0;
    }

    /** An element's title, or the placeholder the title check announces where it has none. */
    static Line title(TitledElement element, Missing missing) {
        return Titles.has(element) ? Line.plain(element.getTitle())
                : missing.line("titolo", element, IssueCodes.TITLE_MISSING);
    }
}
