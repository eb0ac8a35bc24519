// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import it.tendere.cli.Tendere;

/**
 * The three ways the command line runs: in this JVM, as the plain jar, and
 * as the Equinox product's bin/tendere.
 */
public enum Runner {

    IN_PROCESS, JAR, PRODUCT;

    /** What a run printed and returned. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    static Path jar() {
        return Path.of(System.getProperty("tendere.jar"));
    }

    static Path productScript() {
        return Path.of(System.getProperty("tendere.product"), "bin", "tendere");
    }

    /** The command that starts this launcher as a process, before the arguments. */
    List<String> command() {
        return switch (this) {
            case JAR -> List.of(javaExecutable(), "-jar", jar().toString());
            case PRODUCT -> List.of(productScript().toString());
            case IN_PROCESS -> throw new IllegalStateException("runs in this JVM");
        };
    }

    /** Runs the command line with these arguments, in the given folder. */
    public Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        if (this == IN_PROCESS) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = new Tendere("test").run(args, new ByteArrayInputStream(new byte[0]),
                    out, new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        List<String> command = new ArrayList<>(command());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("TENDERE_LANG");
        Path out = Files.createTempFile("tendere-out", ".txt");
        Path err = Files.createTempFile("tendere-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("tendere did not finish in 2 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
