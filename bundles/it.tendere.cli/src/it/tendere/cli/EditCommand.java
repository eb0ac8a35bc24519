// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelFormat;
import it.tendere.glsp.web.EditorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * {@code tendere edit MODEL.tendere}: the diagrams of a model, to edit in a
 * browser. The address, with the run's secret token, is the one line on
 * standard output; the editor runs until the command is stopped (Ctrl+C).
 * Every gesture is in the file as soon as it is made.
 */
@Command(name = "edit", mixinStandardHelpOptions = true)
final class EditCommand implements Callable<Integer> {

    @ParentCommand
    TendereCommand root;

    @Parameters(index = "0", paramLabel = "MODEL.tendere", descriptionKey = "edit.model")
    Path model;

    @Override
    public Integer call() throws Exception {
        ServiceLoaderExtender.start(); // before the editor's classes (Jetty's) are loaded
        try {
            LoadedModel loaded = root.models().loader().load(model);
            if (loaded.format() != ModelFormat.TEXT) {
                throw new ModelFileException(model, Tendere.MESSAGES.get("edit.textOnly"));
            }
        } catch (ModelFileException e) {
            return root.console.fileError(e);
        }
        try {
            serve();
        } catch (NoClassDefFoundError e) {
            // an installation without the editor's bundle (it.tendere.glsp is optional to this one)
            root.console.info("tendere: " + Tendere.MESSAGES.get("edit.unavailable"));
            return Tendere.USAGE_OR_IO;
        }
        return 0;
    }

    private void serve() throws Exception {
        try (EditorServer editor = EditorServer.start(model.toAbsolutePath().normalize())) {
            root.console.out().println(editor.address());
            root.console.out().flush();
            root.console.info(Tendere.MESSAGES.get("edit.started", model));
            editor.join();
        }
    }
}
