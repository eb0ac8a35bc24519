// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;

import com.google.inject.Injector;

import it.tendere.dsl.TendereStandaloneSetup;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelChecker;
import it.tendere.dsl.io.ModelFileException;
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

    /**
     * Reads a model and runs the checks, printing the findings; returns the
     * model, or null where it has errors and must not be used to write anything.
     */
    LoadedModel loadChecked(Path file, Console console) throws ModelFileException {
        LoadedModel loaded = loader().load(file);
        int[] counts = console.findings(file, checker().check(loaded));
        if (counts[0] > 0 || loaded.model() == null) {
            console.info(Tendere.MESSAGES.get("refused", file));
            return null;
        }
        return loaded;
    }
}
