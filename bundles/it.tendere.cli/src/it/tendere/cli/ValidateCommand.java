// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tendere validate FILE…}: runs every check of the format on each model.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    List<Path> files;

    @ParentCommand
    TendereCommand root;

    @Override
    public Integer call() {
        int exit = 0;
        int errors = 0;
        int warnings = 0;
        int unreadable = 0;
        for (Path file : files) {
            try {
                LoadedModel loaded = root.models().loader().load(file);
                int[] counts = root.console.findings(file, root.models().checker().check(loaded));
                errors += counts[0];
                warnings += counts[1];
                if (counts[0] > 0) {
                    exit = Math.max(exit, Tendere.MODEL_ERRORS);
                }
            } catch (ModelFileException e) {
                exit = root.console.fileError(e);
                unreadable++;
            }
        }
        root.console.info(Tendere.MESSAGES.get("validate.summary", files.size() - unreadable, errors, warnings)
                + (unreadable == 0 ? "" : " " + Tendere.MESSAGES.get("validate.unreadable", unreadable)));
        return exit;
    }
}
