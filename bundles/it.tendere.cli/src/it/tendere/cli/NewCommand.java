// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelFormat;
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

    /** The formats with a skeleton in models/templates. */
    static final List<String> FORMATS = List.of("formazione", "selezione", "disciplinari");

    private static final Pattern COMUNI_LINE = Pattern.compile("(?m)^(\\s*)comuni 0$");

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
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("new.badFormat", format,
                    String.join(", ", FORMATS)));
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
        String text = fill(template(format));
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

    private String fill(String template) {
        String text = template.replace("{{PROVINCIA}}", quoted(province.strip()))
                .replace("{{DATA}}", LocalDate.now().toString());
        if (comuni != null) {
            text = COMUNI_LINE.matcher(text).replaceFirst("$1comuni " + comuni);
        }
        return text;
    }

    /** The text as it stands between the quotes of a DSL string. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\R", " ");
    }

    private static String template(String format) {
        String resource = "templates/" + format + ".tendere";
        try (InputStream in = NewCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + resource + " skeleton is missing from the program");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
