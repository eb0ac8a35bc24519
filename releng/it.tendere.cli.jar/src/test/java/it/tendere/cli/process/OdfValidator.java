// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The ODF Toolkit's validator ({@code org.odftoolkit:odfvalidator}, from
 * Maven Central), run whole in a process of its own: each part of an
 * OpenDocument file against the ODF schemas of its version, and the
 * package's conformance.
 */
final class OdfValidator {

    private OdfValidator() {
    }

    /** The validator's report on {@code odf}, verbose: warnings, and «no errors, no warnings» for each clean part. */
    static String check(Path odf) throws Exception {
        String jar = System.getProperty("tendere.odfvalidator");
        Process validator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "-v", odf.toString()).redirectErrorStream(true).start();
        String report = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(validator.waitFor(2, TimeUnit.MINUTES), "the validator ends");
        return report;
    }

    /** The lines of a report that are errors or warnings. */
    static java.util.List<String> problems(String report) {
        return report.lines().filter(line -> line.contains("Error:") || line.contains("Warning:")
                || line.contains("Fatal")).toList();
    }
}
