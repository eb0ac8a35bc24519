// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads one model and works on it: its options and output
 * are checked first, then the model is read and checked, its findings are
 * printed, and a model with errors is refused (exit 1) before anything is
 * written.
 */
abstract class ModelCommand implements Callable<Integer> {

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    /** The model file the command reads. */
    abstract Path modelFile();

    /** Checks the options and where the output goes, before the model is read. */
    abstract void prepare() throws ModelFileException;

    /** Does the command's work on a model without errors; answers the exit code. */
    abstract int run(LoadedModel loaded) throws ModelFileException;

    @Override
    public final Integer call() throws ModelFileException {
        prepare();
        LoadedModel loaded = root.models().loadChecked(modelFile(), root.console);
        if (loaded == null) {
            return Tendere.MODEL_ERRORS;
        }
        return run(loaded);
    }
}
