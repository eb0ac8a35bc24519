// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.nio.file.Path;

import it.tendere.dsl.io.ModelFileException;
import picocli.CommandLine.Option;

/**
 * The options of the commands that write files into a folder: where, and
 * whether existing files may be replaced.
 */
final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.out")
    Path out = Path.of(".");

    @Option(names = "--force", descriptionKey = "option.force")
    boolean force;

    /** The output folder, checked to exist. */
    OutputFolder folder() throws ModelFileException {
        return new OutputFolder(out, force);
    }
}
