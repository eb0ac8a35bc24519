// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tendere convert IN OUT}: between DSL text ({@code .tendere}) and XMI
 * ({@code .servicemodel}), either way, without loss. A model with errors is
 * not converted: what is broken might not survive the conversion.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand extends ModelCommand {

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    Path output;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    private ModelFormat format;

    @Override
    Path modelFile() {
        return input;
    }

    @Override
    void prepare() throws ModelFileException {
        format = ModelFormat.of(output)
                .orElseThrow(() -> new ModelFileException(output, Tendere.MESSAGES.get("convert.extension")));
        if (sameFile(input, output)) {
            // the text keeps comments and layout that a conversion would not: the user's file is never its output
            throw new ModelFileException(output, Tendere.MESSAGES.get("convert.sameFile"));
        }
        AtomicFiles.checkWritable(output, force);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    int run(LoadedModel loaded) throws ModelFileException {
        byte[] content = format == ModelFormat.TEXT
                ? root.models().writer().toText(loaded.model()).getBytes(StandardCharsets.UTF_8)
                : root.models().writer().toXmi(loaded.model());
        AtomicFiles.write(output, content, force);
        root.console.info(Tendere.MESSAGES.get("written", output));
        return 0;
    }
}
