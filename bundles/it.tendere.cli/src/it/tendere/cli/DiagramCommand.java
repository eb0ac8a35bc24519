// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tendere diagram MODEL --kind …}: the organisation, the process maps
 * or the overview, as SVG or PNG files named after the diagram.
 */
@Command(name = "diagram", mixinStandardHelpOptions = true, sortOptions = false)
final class DiagramCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", descriptionKey = "generate.model")
    Path model;

    @Option(names = "--kind", required = true, paramLabel = "organisation|process|overview", descriptionKey = "diagram.kind")
    String kind;

    @Option(names = "--format", paramLabel = "svg|png", descriptionKey = "diagram.format")
    String format = "svg";

    @Mixin
    OutputOptions output;

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelFileException {
        if (!List.of("organisation", "process", "overview").contains(kind)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("diagram.badKind", kind));
        }
        if (!List.of("svg", "png").contains(format)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("diagram.badFormat", format));
        }
        OutputFolder folder = output.folder();
        LoadedModel loaded = root.models().loadChecked(model, root.console);
        if (loaded == null) {
            return Tendere.MODEL_ERRORS;
        }
        List<Diagram> diagrams = switch (kind) {
            case "organisation" -> List.of(Diagrams.organisation(loaded.model()));
            case "overview" -> List.of(Diagrams.overview(loaded.model()));
            default -> Diagrams.processes(loaded.model());
        };
        for (Diagram diagram : diagrams) {
            Path file = folder.file(diagram.id() + "." + format);
            folder.add(file, format.equals("png") ? PngWriter.write(diagram)
                    : ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgWriter.write(diagram)).getBytes(StandardCharsets.UTF_8));
        }
        folder.write(root.console);
        return 0;
    }
}
