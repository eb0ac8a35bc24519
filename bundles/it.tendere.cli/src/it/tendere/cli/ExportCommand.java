// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import it.tendere.compare.export.ModelJson;
import it.tendere.compare.export.ModelSchema;
import it.tendere.compare.export.ModelTables;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.format.FileNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tendere export MODEL --format json|csv}: the model's data for whoever
 * aggregates many Provinces — one JSON file in the shape of the shipped
 * schema, or one CSV file per table — written together, or not at all. A
 * model with errors is refused. {@code tendere export --schema} prints the
 * JSON's schema.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", descriptionKey = "export.model")
    Path model;

    @Option(names = "--format", paramLabel = "json|csv", descriptionKey = "export.format")
    String format = "json";

    @Option(names = "--schema", descriptionKey = "export.schema")
    boolean schema;

    @Mixin
    OutputOptions output;

    @ParentCommand
    TendereCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelFileException {
        if (schema) {
            root.console.out().print(ModelSchema.write());
            root.console.out().flush();
            return 0;
        }
        if (model == null) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("export.noModel"));
        }
        boolean json = "json".equalsIgnoreCase(format.strip());
        if (!json && !"csv".equalsIgnoreCase(format.strip())) {
            throw new ParameterException(spec.commandLine(), Tendere.MESSAGES.get("export.badFormat", format));
        }
        OutputFolder folder = output.folder();
        LoadedModel loaded = root.models().loadChecked(model, root.console);
        if (loaded == null) {
            return Tendere.MODEL_ERRORS;
        }
        String base = FileNames.of(loaded.model());
        base = base.isEmpty() ? "modello" : base;
        if (json) {
            folder.add(folder.file(base + ".json"), ModelJson.write(loaded.model()).getBytes(StandardCharsets.UTF_8));
        } else {
            for (Map.Entry<String, String> table : ModelTables.write(loaded.model()).entrySet()) {
                folder.add(folder.file(base + "-" + table.getKey() + ".csv"),
                        table.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        folder.write(root.console);
        return 0;
    }
}
