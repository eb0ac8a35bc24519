// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentSet;
import it.tendere.docgen.template.DocumentTemplate;
import it.tendere.docgen.template.TemplateFont;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code tendere generate MODEL}: «Sezione 2 – Il modello di servizio a
 * tendere» as DOCX, ODT, PDF and HTML. A model with errors is refused; with
 * warnings the documents are written, and every placeholder written where the
 * model lacks something is listed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
final class GenerateCommand extends ModelCommand {

    @Parameters(index = "0", arity = "1..*", paramLabel = "MODEL", descriptionKey = "generate.model")
    List<Path> models;

    @Option(names = "--format", split = ",", paramLabel = "docx,odt,pdf,html", descriptionKey = "generate.format")
    List<String> formats = List.of("docx", "pdf", "html");

    @Mixin
    OutputOptions output;

    @Option(names = "--template", paramLabel = "FILE", descriptionKey = "generate.template")
    Path templateFile;

    @Mixin
    FontOption font;

    private DocumentTemplate template;

    private final List<DocumentFormat> chosen = new ArrayList<>();

    @Override
    Path modelFile() {
        return models.get(0);
    }

    @Override
    List<Path> modelFiles() {
        return models;
    }

    @Override
    void prepare() throws ModelFileException {
        for (String name : formats) {
            chosen.add(DocumentFormat.named(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    Tendere.MESSAGES.get("generate.badFormat", name))));
        }
        if (templateFile != null) { // checked before the output folder is made
            template = DocumentTemplate.read(templateFile);
            templateFont();
            if (template.letterheadNotice(chosen) != null) {
                root.console.info(template.letterheadNotice(chosen));
            }
            for (DocumentFormat other : chosen) {
                if ((other == DocumentFormat.DOCX || other == DocumentFormat.ODT) && !template.shapes(other)) {
                    root.console.info(Tendere.MESSAGES.get("generate.templateOther", other, templateFile.getFileName(),
                            template.format()));
                }
            }
        }
        output.folder();
        font.apply();
    }

    /**
     * The template's font for the PDF and the diagrams, where it is installed
     * and no --font says otherwise; where it is not, the user is told which
     * font they use instead (the DOCX keeps the template's styles anyway).
     */
    private void templateFont() {
        if (font.family != null) {
            return;
        }
        TemplateFont chosen = TemplateFont.of(template);
        if (chosen.font() != null) {
            font.family = chosen.font().family();
        }
        if (chosen.notice() != null) {
            root.console.info(chosen.notice());
        }
    }

    @Override
    int run(LoadedModel loaded) throws ModelFileException {
        return run(List.of(loaded));
    }

    /**
     * The documents of every model, one model after the other, each written
     * straight into a temporary file beside its own (only the files are kept,
     * not the models' views nor the documents' bytes), then put in place
     * together: all of them, or none. Two models that would write the same
     * file (one Province, one service) are refused.
     */
    @Override
    int run(List<LoadedModel> loaded) throws ModelFileException {
        OutputFolder folder = output.folder();
        Map<Path, Path> writtenFor = new HashMap<>();
        folder.write(root.console, staging -> {
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < loaded.size(); i++) {
                Path modelFile = models.get(i);
                DocumentSet documents = DocumentSet.plan(loaded.get(i).model(), chosen, output.out, template);
                for (Path file : documents.files().values()) {
                    Path other = writtenFor.putIfAbsent(file, modelFile);
                    if (other != null) {
                        throw new ModelFileException(file, Tendere.MESSAGES.get("generate.sameFile", other, modelFile));
                    }
                }
                documents.write(staging, () -> false);
                written.addAll(documents.files().values());
                if (loaded.size() > 1) {
                    root.console.info(Tendere.MESSAGES.get("generate.model.done", modelFile));
                }
                notes(documents);
            }
            return written;
        });
        return 0;
    }

    /** What the user is to know of a model's documents: figures shown in part, placeholders written. */
    private void notes(DocumentSet documents) {
        root.console.figures(documents.diagrams(),
                documents.formats().stream().mapToDouble(DocumentFormat::pictureScale).max().orElse(0));
        var placeholders = documents.view().placeholders();
        if (!placeholders.isEmpty()) {
            root.console.info(Tendere.MESSAGES.get("generate.placeholders", placeholders.size()));
            // each with the code of the warning that announced it, as validate prints it
            placeholders.forEach(p -> root.console.info("  [da completare] " + p.describe() + " [" + p.code() + "]"));
        }
    }
}
