// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

import it.tendere.diagram.DocumentFont;
import it.tendere.dsl.i18n.Messages;
import picocli.CommandLine;

/**
 * The {@code tendere} command line, the same whether it runs as a plain
 * Java program or as an Equinox application: parses the arguments, runs the
 * command and returns the exit code (0 clean, 1 model errors, 2 usage or
 * I/O errors).
 */
public final class Tendere {

    /** Exit code: the model has errors. */
    public static final int MODEL_ERRORS = 1;
    /** Exit code: wrong usage, or a file that cannot be read or written. */
    public static final int USAGE_OR_IO = 2;

    static final Messages MESSAGES = new Messages("it.tendere.cli.messages", Tendere.class);

    private final String version;

    /** A command line that reports the given version. */
    public Tendere(String version) {
        this.version = version == null ? "dev" : version;
    }

    /** Runs one command; {@code in} and {@code rawOut} serve the language server. */
    public int run(String[] args, InputStream in, OutputStream rawOut, PrintStream err) {
        String language = languageOf(args);
        Messages.setLanguage(language);
        boolean debug = Arrays.asList(args).contains("--debug");
        configureLogging(debug);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(rawOut, StandardCharsets.UTF_8), true);
        PrintWriter errors = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Console console = new Console(out, errors, debug);
        CommandLine commandLine = new CommandLine(new TendereCommand(console, in, rawOut, version));
        commandLine.setResourceBundle(ResourceBundle.getBundle("it.tendere.cli.messages",
                "en".equals(language) ? Locale.ENGLISH : Locale.ROOT, Tendere.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setOut(out);
        commandLine.setErr(errors);
        commandLine.setParameterExceptionHandler(console::usageError);
        commandLine.setExecutionExceptionHandler((exception, line, result) -> console.failure(exception));
        int code;
        // --font names the font for this run only, also when runs share the JVM
        String font = System.getProperty(DocumentFont.PROPERTY);
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // picocli hands errors that are not exceptions back to its caller
            code = console.failure(e);
        } finally {
            if (font == null) {
                System.clearProperty(DocumentFont.PROPERTY);
            } else {
                System.setProperty(DocumentFont.PROPERTY, font);
            }
        }
        out.flush();
        errors.flush();
        return code;
    }

    /** The language the user chose: {@code --lang en} or TENDERE_LANG=en for English, Italian otherwise. */
    static String languageOf(String[] args) {
        List<String> list = Arrays.asList(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            if (arg.startsWith("--lang=")) {
                return arg.substring("--lang=".length());
            }
            if (arg.equals("--lang") && i + 1 < list.size()) {
                return list.get(i + 1);
            }
        }
        String environment = System.getenv("TENDERE_LANG");
        return environment == null ? "it" : environment;
    }

    /** Xtext logs through log4j, POI through log4j 2's API: silent unless --debug, never on standard output. */
    private static void configureLogging(boolean debug) {
        // POI's log4j 2 API finds no provider here; it would say so on every run.
        System.setProperty("log4j2.statusLoggerLevel", debug ? "WARN" : "OFF");
        System.setProperty("log4j2.simplelogLevel", debug ? "DEBUG" : "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", debug ? "WARN" : "OFF");
        // Jetty (tendere edit) logs through SLF4J, which has no provider here and would say so
        System.setProperty("slf4j.internal.verbosity", debug ? "WARN" : "ERROR");
        Logger root = Logger.getRootLogger();
        root.removeAllAppenders();
        // an appender that drops everything: log4j would otherwise say on standard error that it has none
        root.addAppender(new org.apache.log4j.varia.NullAppender());
        if (debug) {
            ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%-5p %c: %m%n"), ConsoleAppender.SYSTEM_ERR);
            root.addAppender(appender);
            root.setLevel(Level.DEBUG);
        } else {
            root.setLevel(Level.OFF);
        }
    }
}
