// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DOCX as readers nobody here wrote see it: every part valid against the
 * OOXML schemas ({@link OoxmlValidator}, XMLBeans with poi-ooxml-full's
 * schemas: before, no table had its {@code w:tblGrid}, 67 errors in the
 * Formazione document), and pandoc reads the tables' cells back.
 */
class DocxValidityTests {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "formazione.tendere", "sua.tendere" })
    void everyPartIsValidAndPandocReadsTheTables(String model) throws Exception {
        Runner.Result generated = Runner.JAR.run(dir, "generate", CommandLineTests.model(model).toString(), "--format",
                "docx", "--out", dir.toString());
        assertEquals(0, generated.exit(), generated::toString);
        Path docx;
        try (var files = Files.list(dir)) {
            docx = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }

        String classPath = String.join(File.pathSeparator, System.getProperty("tendere.test.classes"),
                System.getProperty("tendere.ooxml.full"), System.getProperty("tendere.xmlbeans"),
                System.getProperty("tendere.log4j.api"));
        Process validator = new ProcessBuilder(Runner.javaExecutable(), "-cp", classPath,
                OoxmlValidator.class.getName(), docx.toString()).redirectErrorStream(true).start();
        String report = new String(validator.getInputStream().readAllBytes());
        assertTrue(validator.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, validator.exitValue(), report);
        assertTrue(report.contains("word/document.xml: 0 errors"), report);

        // pandoc (Debian's) reads every row of the process mapping table with its cells
        Process pandoc = new ProcessBuilder("pandoc", "-f", "docx", "-t", "html", docx.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String html = new String(pandoc.getInputStream().readAllBytes());
        assertTrue(pandoc.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, pandoc.exitValue());
        for (String id : List.of("P1", "P2")) {
            assertTrue(html.matches("(?s).*<td>(<strong>)?" + id + "(</strong>)?</td>.*"),
                    () -> "pandoc reads the cell " + id);
        }
        long filled = html.split("<td>(?!</td>)", -1).length - 1;
        assertTrue(filled > 40, () -> "pandoc reads the tables' cells: " + filled);
    }
}
