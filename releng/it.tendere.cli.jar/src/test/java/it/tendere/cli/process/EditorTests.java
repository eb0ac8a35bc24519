// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code tendere edit} as an analyst meets it: the command prints the
 * editor's address, and a real browser (Debian's Chromium, driven by
 * playwright-core, scripts in {@code src/test/e2e}) draws and edits the
 * diagrams; each gesture is read back from the file. The screenshots stay in
 * {@code target/screenshots}.
 */
class EditorTests {

    @TempDir
    Path dir;

    /**
     * {@code organisation.mjs}: the organisation drawn, a role created from
     * the palette, linked to a competence, both undone; the token required.
     * From the jar and from the product (Equinox, with SPI Fly for Jetty).
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR", "PRODUCT" })
    void theOrganisationIsDrawnInABrowser(Runner runner) throws Exception {
        Path model = dir.resolve("formazione.tendere");
        Files.copy(CommandLineTests.model("formazione.tendere"), model);
        inABrowser(runner, "organisation.mjs", model);
    }

    /**
     * {@code walk.mjs}: from a model {@code tendere new --format selezione}
     * makes, the organisation and two processes drawn with the mouse and the
     * keyboard alone (palette, clicks, link tool, rename in place, a phase
     * dragged to another lane, the command palette, undo and redo); the file
     * changed on disk is drawn again with its error marked. The file then
     * validates without errors and generates the three documents.
     */
    @ParameterizedTest
    @EnumSource(value = Runner.class, names = { "JAR" })
    void anAnalystDrawsANewModelWithMouseAndKeyboard(Runner runner) throws Exception {
        Path model = dir.resolve("selezione.tendere");
        Runner.Result created = runner.run(dir, "new", "--format", "selezione", "--province", "Provincia di Valdaro",
                "--comuni", "40", "--out", model.toString());
        assertEquals(0, created.exit(), created::toString);
        String before = Files.readString(model);
        inABrowser(runner, "walk.mjs", model);
        String drawn = Files.readString(model);
        assertTrue(!drawn.equals(before) && drawn.contains("ruolo ruolo1 \"Commissario esperto\""), drawn);

        Runner.Result validated = runner.run(dir, "validate", model.toString());
        assertEquals(0, validated.exit(), validated::toString);
        assertTrue((validated.out() + validated.err()).contains("nessun errore"), validated::toString);
        Path out = Files.createDirectories(dir.resolve("documento"));
        Runner.Result generated = runner.run(dir, "generate", model.toString(), "--out", out.toString());
        assertEquals(0, generated.exit(), generated::toString);
        for (String format : List.of("docx", "pdf", "html")) {
            assertTrue(Files.size(out.resolve("sezione-2-provincia-di-valdaro-selezione." + format)) > 1000, format);
        }
        String html = Files.readString(out.resolve("sezione-2-provincia-di-valdaro-selezione.html"));
        assertTrue(html.contains("Commissario esperto") && html.contains("Analisi del fabbisogno"),
                "what was drawn is in the document");
    }

    /** Starts {@code tendere edit} on the model, runs the browser script against it, stops the editor. */
    private void inABrowser(Runner runner, String script, Path model) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        assertTrue(Files.isExecutable(chromium), "Debian's chromium is needed (apt-get install chromium): " + chromium);
        List<String> command = new ArrayList<>(runner.command());
        command.addAll(List.of("edit", model.toString()));
        Process editor = new ProcessBuilder(command).redirectError(dir.resolve("editor-stderr.txt").toFile()).start();
        try {
            String address = new BufferedReader(new InputStreamReader(editor.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(address != null && address.matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"),
                    () -> "the address, with its token, is the first line: " + address + " " + read("editor-stderr.txt"));
            Path shots = Files.createDirectories(Path.of(System.getProperty("tendere.screenshots"),
                    runner.name().toLowerCase()));
            Path e2e = Path.of(System.getProperty("tendere.e2e"));
            Process browser = new ProcessBuilder("node", e2e.resolve(script).toString(), address, model.toString(),
                    shots.toString()).directory(e2e.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("browser.txt").toFile()).start();
            assertTrue(browser.waitFor(6, TimeUnit.MINUTES), "the browser test ends");
            assertEquals(0, browser.exitValue(), () -> read("browser.txt") + "\neditor: " + read("editor-stderr.txt"));
            assertTrue(editor.isAlive(), "the editor runs until it is stopped");
        } finally {
            editor.destroy();
            editor.waitFor(1, TimeUnit.MINUTES);
            editor.destroyForcibly();
        }
    }

    private String read(String name) {
        try {
            return Files.readString(dir.resolve(name));
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
