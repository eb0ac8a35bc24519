// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.docgen.view.Section2View;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tendere generate MODEL}: «Sezione 2 – Il modello di servizio a
 * tendere» as DOCX, PDF and HTML. A model with errors is refused; with
 * warnings the documents are written, and every placeholder written where the
 * model lacks something is listed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "generate.model")
    Path model;

    @Option(names = "--format", split = ",", paramLabel = "docx,pdf,html", descriptionKey = "generate.format")
    List<String> formats = List.of("docx", "pdf", "html");

    @Mixin
    OutputOptions output;

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelFileException {
        List<DocumentFormat> chosen = new ArrayList<>();
        for (String name : formats) {
            chosen.add(DocumentFormat.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    Tendere.MESSAGES.get("generate.badFormat", name))));
        }
        OutputFolder folder = output.folder();
        LoadedModel loaded = root.models().loadChecked(model, root.console);
        if (loaded == null) {
            return Tendere.MODEL_ERRORS;
        }
        Section2View view = DocumentGenerator.view(loaded.model());
        String base = DocumentGenerator.baseName(view);
        List<Path> files = new ArrayList<>();
        for (DocumentFormat format : chosen) {
            files.add(folder.file(base + "." + format.extension()));
        }
        Map<DocumentFormat, byte[]> documents = DocumentGenerator.write(view, chosen);
        for (int i = 0; i < chosen.size(); i++) {
            folder.add(files.get(i), documents.get(chosen.get(i)));
        }
        folder.write(root.console);
        if (!view.placeholders().isEmpty()) {
            root.console.info(Tendere.MESSAGES.get("generate.placeholders", view.placeholders().size()));
            view.placeholders().forEach(p -> root.console.info("  [da completare] " + p.describe()));
        }
        return 0;
    }
}
