// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.List;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.PngWriter;
import it.tendere.diagram.SvgWriter;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code tendere diagram MODEL --kind …}: the organisation, the process maps
 * or the overview, as SVG or PNG files named after the diagram.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false)
final class DiagramCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "generate.model")
    Path model;

    @Option(names = "--kind", required = true, paramLabel = "organisation|process|overview", descriptionKey = "diagram.kind")
    String kind;

    @Option(names = "--format", paramLabel = "svg|png", descriptionKey = "diagram.format")
    String format = "svg";

    @Mixin
    OutputOptions output;

    @Mixin
    FontOption font;

    private OutputFolder folder;

    @Override
    Path modelFile() {
        return model;
    }

    @Override
    void prepare() throws ModelFileException {
        if (!List.of("organisation", "process", "overview").contains(kind)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("diagram.badKind", kind));
        }
        if (!List.of("svg", "png").contains(format)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("diagram.badFormat", format));
        }
        folder = output.folder();
        font.apply();
    }

    @Override
    int run(LoadedModel loaded) throws ModelFileException {
        List<Diagram> diagrams = switch (kind) {
            case "organisation" -> Diagrams.organisation(loaded.model());
            case "overview" -> List.of(Diagrams.overview(loaded.model()));
            default -> Diagrams.processes(loaded.model());
        };
        for (Diagram diagram : diagrams) {
            Path file = folder.file(diagram.id() + "." + format);
            folder.add(file, format.equals("png") ? PngWriter.write(diagram) : SvgWriter.document(diagram));
        }
        folder.write(root.console);
        root.console.figures(diagrams, format.equals("png") ? PngWriter.SCALE : 0);
        return 0;
    }
}
