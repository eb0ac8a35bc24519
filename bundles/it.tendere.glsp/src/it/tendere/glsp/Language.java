// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import com.google.inject.Injector;

import it.tendere.dsl.ide.TendereIdeSetup;

/** The Tendere language's services with the editor ones (the change serializer), set up once. */
final class Language {

    private static Injector injector;

    private Language() {
    }

    static synchronized Injector injector() {
        if (injector == null) {
            injector = new TendereIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }
}
