// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import com.google.inject.Injector;

import it.tendere.dsl.ide.TendereIdeSetup;

/**
 * The Tendere language's services with the editor ones (the change
 * serializer), set up once — or the host's, where the host (the studio) has
 * set them up already: a second injector would register the language again,
 * globally, and the host's own services (content assist, which compares the
 * grammar's elements by identity) would meet the other injector's.
 */
final class Language {

    private static Injector injector;

    private Language() {
    }

    /** Uses the host's injector of the language (made by {@code TendereIdeSetup}); before the first use. */
    static synchronized void use(Injector host) {
        if (injector == null) {
            injector = host;
        }
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new TendereIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }
}
