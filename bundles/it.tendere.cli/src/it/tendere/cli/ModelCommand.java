// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command that reads a model (or several) and works on it: its options and
 * output are checked first, then every model is read and checked, its
 * findings are printed, and where one has errors the command is refused
 * (exit 1) before anything is written.
 */
abstract class ModelCommand implements Callable<Integer> {

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    /** The model file the command reads. */
    abstract Path modelFile();

    /** The model files the command reads: its one model, unless it takes several. */
    List<Path> modelFiles() {
        return List.of(modelFile());
    }

    /** Checks the options and where the output goes, before the model is read. */
    abstract void prepare() throws ModelFileException;

    /** Does the command's work on a model without errors; answers the exit code. */
    abstract int run(LoadedModel loaded) throws ModelFileException;

    /** Does the command's work on its models, none with errors: by default on its one model. */
    int run(List<LoadedModel> loaded) throws ModelFileException {
        return run(loaded.get(0));
    }

    @Override
    public final Integer call() throws ModelFileException {
        prepare();
        List<LoadedModel> loaded = new ArrayList<>();
        List<Path> refused = new ArrayList<>();
        for (Path file : modelFiles()) {
            LoadedModel model = root.models().loadChecked(file, root.console);
            if (model == null) {
                refused.add(file);
            } else {
                loaded.add(model);
            }
        }
        if (!refused.isEmpty()) {
            if (modelFiles().size() > 1) {
                root.console.info(Tendere.MESSAGES.get("models.refused", refused.size(), modelFiles().size(),
                        String.join(", ", refused.stream().map(Path::toString).toList())));
            }
            return Tendere.MODEL_ERRORS;
        }
        return run(loaded);
    }
}
