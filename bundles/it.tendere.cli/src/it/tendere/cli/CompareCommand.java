// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import it.tendere.compare.provinces.Comparison;
import it.tendere.compare.provinces.ComparisonBuilder;
import it.tendere.compare.provinces.ComparisonDocx;
import it.tendere.compare.provinces.ComparisonHtml;
import it.tendere.compare.provinces.ComparisonXlsx;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.format.Placeholder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tendere compare MODEL…}: «Confronto tra le Province – Sezione 2»,
 * a column per Province, as an HTML page, a Word document and a workbook. Every model is
 * read and checked first; models with errors are listed and nothing is
 * written (exit 1); a file that cannot be read stops it (exit 2).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false)
final class CompareCommand implements Callable<Integer> {

    static final String BASE_NAME = "confronto-sezione-2";
    private static final List<String> FORMATS = List.of("html", "docx", "xlsx");

    @Parameters(arity = "1..*", paramLabel = "MODEL", descriptionKey = "compare.models")
    List<Path> files;

    @Option(names = "--format", split = ",", paramLabel = "html,docx,xlsx", descriptionKey = "compare.format")
    List<String> formats = FORMATS;

    @Mixin
    OutputOptions output;

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelFileException {
        if (files.size() < 2) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("compare.oneModel"));
        }
        for (String format : formats) {
            if (!FORMATS.contains(format.strip().toLowerCase(Locale.ROOT))) {
                throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("compare.badFormat", format));
            }
        }
        List<String> chosen = formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        OutputFolder folder = output.folder();
        List<ComparisonBuilder.Compared> compared = new ArrayList<>();
        List<Path> refused = new ArrayList<>();
        for (Path file : files) {
            LoadedModel loaded = root.models().loader().load(file);
            List<Issue> issues = root.models().checker().check(loaded);
            int[] counts = root.console.findings(file, issues);
            if (counts[0] > 0 || loaded.model() == null) {
                refused.add(file);
                continue;
            }
            compared.add(ComparisonBuilder.Compared.of(file.getFileName().toString(), loaded.model(),
                    issues.stream().filter(i -> i.getSeverity() == Severity.WARNING).map(Issue::getMessage).toList(),
                    DocumentGenerator.view(loaded.model()).placeholders().stream().map(Placeholder::describe).toList()));
        }
        if (!refused.isEmpty()) {
            root.console.info(Tendere.MESSAGES.get("compare.refused", refused.size(),
                    String.join(", ", refused.stream().map(Path::toString).toList())));
            return Tendere.MODEL_ERRORS;
        }
        Comparison comparison = ComparisonBuilder.build(compared);
        for (String format : chosen) {
            byte[] content = switch (format) {
                case "html" -> ComparisonHtml.write(comparison).getBytes(StandardCharsets.UTF_8);
                case "docx" -> ComparisonDocx.write(comparison);
                default -> ComparisonXlsx.write(comparison);
            };
            folder.add(folder.file(BASE_NAME + "." + format), content);
        }
        folder.write(root.console);
        return 0;
    }
}
