// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import com.google.inject.Injector;

import it.tendere.dsl.TendereStandaloneSetup;
import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.dsl.io.ModelWriter;

/**
 * The language's services the commands use, created on first use: setting
 * the language up takes a moment that --help and --version need not pay.
 */
final class Models {

    private Injector injector;

    private synchronized Injector injector() {
        if (injector == null) {
            injector = new TendereStandaloneSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    ModelLoader loader() {
        return injector().getInstance(ModelLoader.class);
    }

    ModelChecker checker() {
        return injector().getInstance(ModelChecker.class);
    }

    ModelWriter writer() {
        return injector().getInstance(ModelWriter.class);
    }
}
