// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.diagnostics.Severity;

import it.tendere.compare.diff.Change;
import it.tendere.compare.diff.DiffReport;
import it.tendere.compare.diff.ModelDiff;
import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.servicemodel.ServiceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tendere diff OLD NEW}: what changed between two versions of one
 * Province's model, by paragraph of the format, on standard output. Exits
 * as {@code diff} does: 0 when the models are the same, 1 when they differ,
 * 2 when one cannot be read or has errors.
 */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "diff.old")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "diff.new")
    Path after;

    @Option(names = "--format", paramLabel = "text|html", descriptionKey = "diff.format")
    String format = "text";

    @ParentCommand
    TendereCommand root;

    @Override
    public Integer call() throws ModelFileException {
        boolean html = "html".equalsIgnoreCase(format.strip());
        if (!html && !"text".equalsIgnoreCase(format.strip())) {
            root.console.info("tendere: " + Tendere.MESSAGES.get("diff.badFormat", format));
            return Tendere.USAGE_OR_IO;
        }
        ServiceModel old = model(before);
        ServiceModel now = model(after);
        List<Change> changes = ModelDiff.compare(old, now);
        String name = before.getFileName().toString();
        String other = after.getFileName().toString();
        root.console.out().print(html ? DiffReport.html(changes, name, other) : DiffReport.text(changes, name, other));
        root.console.out().flush();
        return changes.isEmpty() ? 0 : 1;
    }

    /** The model of a file, refused (exit 2) where it has errors: what is broken cannot be compared. */
    private ServiceModel model(Path file) throws ModelFileException {
        LoadedModel loaded = root.models().loader().load(file);
        long errors = root.models().checker().check(loaded).stream().filter(i -> i.getSeverity() == Severity.ERROR)
                .count();
        if (errors > 0 || loaded.model() == null) {
            throw new ModelFileException(file, Tendere.MESSAGES.get("diff.errors", Math.max(errors, 1), file));
        }
        return loaded.model();
    }
}
