// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tendere convert IN OUT}: between DSL text ({@code .tendere}) and XMI
 * ({@code .servicemodel}), either way, without loss. A model with errors is
 * not converted: what is broken might not survive the conversion.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", descriptionKey = "convert.in")
    Path input;

    @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "convert.out")
    Path output;

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    @ParentCommand
    TendereCommand root;

    @Override
    public Integer call() throws ModelFileException {
        ModelFormat format = ModelFormat.of(output)
                .orElseThrow(() -> new ModelFileException(output, Tendere.MESSAGES.get("convert.extension")));
        AtomicFiles.checkWritable(output, force);
        LoadedModel loaded = root.models().loadChecked(input, root.console);
        if (loaded == null) {
            return Tendere.MODEL_ERRORS;
        }
        byte[] content = format == ModelFormat.TEXT
                ? root.models().writer().toText(loaded.model()).getBytes(StandardCharsets.UTF_8)
                : root.models().writer().toXmi(loaded.model());
        AtomicFiles.write(output, content, force);
        root.console.info(Tendere.MESSAGES.get("written", output));
        return 0;
    }
}
