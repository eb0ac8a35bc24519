// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import it.tendere.dsl.i18n.Messages;

/** What the graphical editor says to the user, Italian first. */
final class GlspMessages {

    private static final Messages MESSAGES = new Messages("it.tendere.glsp.messages", GlspMessages.class);

    private GlspMessages() {
    }

    static String get(String key, Object... arguments) {
        return MESSAGES.get(key, arguments);
    }
}
