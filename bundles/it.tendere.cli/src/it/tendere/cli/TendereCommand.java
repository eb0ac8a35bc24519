// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The top of the command line: the options every command shares, and the
 * commands. Called with no command, it shows the usage.
 */
@Command(name = "tendere", mixinStandardHelpOptions = true, versionProvider = TendereCommand.Version.class,
        subcommands = { ValidateCommand.class, ConvertCommand.class, NewCommand.class, GenerateCommand.class,
                DiagramCommand.class, EditCommand.class, LspCommand.class, DiffCommand.class, ExportCommand.class, CompareCommand.class },
        sortOptions = false)
final class TendereCommand implements Callable<Integer> {

    @Option(names = "--lang", paramLabel = "it|en", descriptionKey = "option.lang", scope = picocli.CommandLine.ScopeType.INHERIT)
    String language;

    @Option(names = "--debug", descriptionKey = "option.debug", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Spec
    CommandSpec spec;

    final Console console;
    final InputStream in;
    final OutputStream rawOut;
    final String version;
    private final Models models = new Models();

    TendereCommand(Console console, InputStream in, OutputStream rawOut, String version) {
        this.console = console;
        this.in = in;
        this.rawOut = rawOut;
        this.version = version;
    }

    /** The language's services, set up once, on first use. */
    Models models() {
        return models;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Tendere.USAGE_OR_IO;
    }

    /** Reports the version the command line was built with. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Spec
        CommandSpec spec;

        @Override
        public String[] getVersion() {
            TendereCommand root = (TendereCommand) spec.root().userObject();
            return new String[] { "tendere " + root.version };
        }
    }
}
