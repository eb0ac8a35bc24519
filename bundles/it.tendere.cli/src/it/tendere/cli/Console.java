// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.DocumentFont;
import it.tendere.diagram.PngWriter;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.format.Printable;

import picocli.CommandLine.ParameterException;

/**
 * What the command line tells the user: findings as
 * {@code path:line:col: error|warning: [code] message} on standard output,
 * everything else on standard error, a stack trace only with --debug.
 */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;

    Console(PrintWriter out, PrintWriter err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    PrintWriter out() {
        return out;
    }

    /** Prints a file's findings; returns {errors, warnings}. */
    int[] findings(Path file, List<Issue> issues) {
        int errors = 0;
        int warnings = 0;
        for (Issue issue : issues) {
            boolean error = issue.getSeverity() == Severity.ERROR;
            if (!error && issue.getSeverity() != Severity.WARNING) {
                continue;
            }
            if (error) {
                errors++;
            } else {
                warnings++;
            }
            out.printf("%s:%d:%d: %s: [%s] %s%n", file, line(issue.getLineNumber()), line(issue.getColumn()),
                    error ? "error" : "warning", shortCode(issue.getCode()), oneLine(issue.getMessage()));
        }
        return new int[] { errors, warnings };
    }

    /**
     * Tells what the figures do not show as the model says: texts shortened,
     * entries counted instead of drawn, and a picture drawn with fewer pixels
     * than the {@code pixelsPerUnit} asked for (0: no pictures are drawn).
     */
    void figures(List<Diagram> diagrams, double pixelsPerUnit) {
        for (Diagram diagram : diagrams) {
            if (!diagram.shortened().isEmpty()) {
                info(Tendere.MESSAGES.get("figure.shortened", diagram.caption(), diagram.shortened().size(),
                        String.join("; ", diagram.shortened().stream().map(s -> "«" + s + "»").toList())));
            }
            double scale = PngWriter.scale(diagram, pixelsPerUnit);
            if (scale < pixelsPerUnit) {
                info(Tendere.MESSAGES.get("figure.smaller", diagram.caption(), (int) (100 * scale / pixelsPerUnit),
                        PngWriter.MAX_PIXELS / 1_000_000));
            }
        }
    }

    /** Tells something done, on standard error, so standard output stays the command's product. */
    void info(String message) {
        err.println(message);
    }

    int fileError(ModelFileException exception) {
        err.println(exception.getPath() + ": " + exception.getMessage());
        trace(exception);
        return Tendere.USAGE_OR_IO;
    }

    int usageError(ParameterException exception, String[] args) {
        err.println("tendere: " + Usage.describe(exception));
        err.println(Tendere.MESSAGES.get("usage.hint"));
        trace(exception);
        return Tendere.USAGE_OR_IO;
    }

    int failure(Throwable exception) {
        if (exception instanceof ModelFileException file) {
            return fileError(file);
        }
        if (exception instanceof DocumentFont.NotFoundException font) {
            err.println("tendere: " + Tendere.MESSAGES.get("failure.font", font.family(), DocumentFont.DEFAULT_FAMILY));
            trace(exception);
            return Tendere.USAGE_OR_IO;
        }
        if (causedBy(exception, OutOfMemoryError.class)) {
            err.println("tendere: " + Tendere.MESSAGES.get("failure.memory", Runtime.getRuntime().maxMemory() >> 20));
            trace(exception);
            return Tendere.USAGE_OR_IO;
        }
        err.println("tendere: " + Tendere.MESSAGES.get("failure", exception.getMessage() == null
                ? exception.getClass().getName() : exception.getMessage()));
        if (!debug) {
            err.println(Tendere.MESSAGES.get("failure.hint"));
        }
        trace(exception);
        return Tendere.USAGE_OR_IO;
    }

    /** Whether the failure is, or was caused by, one of a kind (libraries wrap what they meet). */
    private static boolean causedBy(Throwable exception, Class<? extends Throwable> kind) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private void trace(Throwable exception) {
        if (debug) {
            exception.printStackTrace(err);
        }
    }

    /** Xtext's own codes are long qualified names; the last part says it all. */
    static String shortCode(String code) {
        if (code == null) {
            return "xtext";
        }
        int dot = code.lastIndexOf('.');
        return dot < 0 ? code : code.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static int line(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }

    private static String oneLine(String message) {
        // a model's text reaches the terminal only printable: no escape sequences of its own
        return message == null ? "" : Printable.of(message.replaceAll("\\s*\\R\\s*", " "));
    }

}
