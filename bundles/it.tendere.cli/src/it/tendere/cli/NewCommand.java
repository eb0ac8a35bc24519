// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelFormat;
import it.tendere.dsl.io.Skeletons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tendere new}: a model to complete, from the skeleton of a format,
 * with the Province, today's date and (if given) the number of its Comuni
 * filled in. Written to --out, or to standard output.
 */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false)
final class NewCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "formazione|selezione|disciplinari",
            descriptionKey = "new.format")
    String format;

    @Option(names = "--province", required = true, paramLabel = "NOME", descriptionKey = "new.province")
    String province;

    @Option(names = "--comuni", paramLabel = "N", descriptionKey = "new.comuni")
    Integer comuni;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "new.out")
    Path output;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelFileException {
        if (!Skeletons.FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("new.badFormat", format,
                    String.join(", ", Skeletons.FORMATS)));
        }
        if (province.isBlank()) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("new.badProvince"));
        }
        if (comuni != null && comuni < 1) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("new.badComuni", comuni));
        }
        if (output != null) {
            if (ModelFormat.of(output).orElse(null) != ModelFormat.TEXT) {
                throw new ModelFileException(output, Tendere.MESSAGES.get("new.extension"));
            }
            AtomicFiles.checkWritable(output, force);
        }
        String text = Skeletons.fill(format, province, comuni == null ? OptionalInt.empty() : OptionalInt.of(comuni),
                LocalDate.now());
        LoadedModel parsed = root.models().loader().parse(text, output == null ? Path.of(format + ".tendere") : output);
        if (!parsed.resource().getErrors().isEmpty()) {
            throw new IllegalStateException("the " + format + " skeleton does not parse: " + parsed.resource().getErrors());
        }
        if (output == null) {
            root.console.out().print(text);
            root.console.out().flush();
        } else {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8), force);
            root.console.info(Tendere.MESSAGES.get("written", output));
        }
        return 0;
    }
}
