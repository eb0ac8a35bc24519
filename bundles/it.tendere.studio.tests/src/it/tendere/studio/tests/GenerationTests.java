// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.tendere.docgen.DocumentFormat;
import it.tendere.docgen.DocumentGenerator;
import it.tendere.docgen.DocumentSet;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.editor.ModelAnalysis;
import it.tendere.studio.generate.Generation;

/** «Genera documento» without its dialogs: what is written, and what never is. */
class GenerationTests {

    private static ServiceModel formazione() throws Exception {
        Path file = Path.of(System.getProperty("tendere.models", "../../models")).resolve("formazione.tendere");
        ModelAnalysis analysis = ModelAnalysis.of(Files.readString(file, StandardCharsets.UTF_8), file);
        assertEquals(List.of(), analysis.errors());
        return analysis.model();
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void cancelledBeforeTheWritingWritesNothing(@TempDir Path out) throws Exception {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(InterruptedException.class, () -> Generation.run(DocumentSet.plan(formazione(),
                List.of(DocumentFormat.values()), out), false, monitor));
        assertEquals(List.of(), files(out));
    }

    @Test
    void cancelledDuringTheWritingStopsTheWritersAndWritesNothing(@TempDir Path out) throws Exception {
        DocumentSet plan = DocumentSet.plan(formazione(), List.of(DocumentFormat.values()), out);
        AtomicBoolean writing = new AtomicBoolean();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                writing.set(true);
            }

            @Override
            public boolean isCanceled() {
                // the user presses Annulla once the writers are at work
                return writing.get() && writers() > 0;
            }
        };
        assertThrows(InterruptedException.class, () -> Generation.run(plan, false, monitor));
        assertEquals(List.of(), files(out));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (writers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, writers(), "the writers stopped");
        assertEquals(List.of(), files(out), "and wrote nothing afterwards");
    }

    private static long writers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(DocumentGenerator.WRITER_THREAD)).count();
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaidSo(@TempDir Path out) throws Exception {
        Path pdf = out.resolve("sezione-2-provincia-di-valdaro-formazione.pdf");
        byte[] mine = "il mio PDF".getBytes(StandardCharsets.UTF_8);
        Files.write(pdf, mine);
        List<DocumentFormat> all = List.of(DocumentFormat.values());
        DocumentSet plan = DocumentSet.plan(formazione(), all, out);
        assertThrows(ModelFileException.class, () -> Generation.run(plan, false, new NullProgressMonitor()));
        assertEquals(List.of(pdf), files(out), "nothing else written either");
        assertArrayEquals(mine, Files.readAllBytes(pdf));

        List<Path> written = Generation.run(plan, true, new NullProgressMonitor());
        assertEquals(DocumentFormat.values().length, written.size());
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));
    }
}
