// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.editor;

import java.util.MissingResourceException;

import it.tendere.studio.StudioPlugin;

/** What a class of the metamodel is called in the user's language: Role is «Ruolo». */
final class Kinds {

    private Kinds() {
    }

    /** The name of a metamodel class (Xtext gives it as a proposal's description), or the name as it is. */
    static String of(String className) {
        try {
            return StudioPlugin.MESSAGES.get("kind." + className);
        } catch (MissingResourceException e) {
            return className;
        }
    }
}
