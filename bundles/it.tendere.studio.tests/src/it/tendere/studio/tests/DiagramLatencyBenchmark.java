// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import it.tendere.studio.diagram.DiagramView;
import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.models.ModelFolders;

/**
 * Not a test: the benchmark of a gesture in the studio (BENCHMARKS.md),
 * run only when asked ({@code -Dtendere.benchmark=true}). A role put from
 * the palette on the sample's organisation, through the page's own action
 * dispatcher: the time until the editor's text holds it, and until the page
 * has drawn the diagram with it; then undone in the editor, and the diagram
 * drawn again, before the next. Prints the medians and the 95th percentiles.
 */
@EnabledIfSystemProperty(named = "tendere.benchmark", matches = "true")
class DiagramLatencyBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 40;

    @Test
    void gestureToTextToDiagram() throws Exception {
        Path copy = Files.createDirectories(Path.of(System.getProperty("tendere.work", "target/studio-work"))
                .resolve("benchmark")).resolve("formazione.tendere");
        Files.copy(Path.of(System.getProperty("tendere.models", "../../models"), "formazione.tendere"), copy,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        page().closeAllEditors(false);
        TendereEditor editor = ModelFolders.open(page(), copy);
        DiagramView view = (DiagramView) page().showView(DiagramView.ID);
        page().activate(editor);
        DiagramPage diagram = new DiagramPage(view);
        Ui.waitUntil("drawn", () -> diagram.drawn().contains("Role:tutor"));
        String saved = editor.document().get();
        List<Double> toText = new ArrayList<>();
        List<Double> toDiagram = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            int drawings = view.drawings();
            long start = System.nanoTime();
            diagram.dispatch("{kind: 'createNode', elementTypeId: 'node:ruolo', location: {x: 40, y: 40}, args: {}}");
            await(() -> !editor.document().get().equals(saved));
            long text = System.nanoTime();
            await(() -> view.drawings() > drawings);
            long drawn = System.nanoTime();
            if (i >= WARM_UP) {
                toText.add((text - start) / 1e6);
                toDiagram.add((drawn - start) / 1e6);
            }
            int before = view.drawings();
            ((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
            await(() -> editor.document().get().equals(saved) && view.drawings() > before);
        }
        System.out.printf("BENCHMARK gesture -> editor text: p50 %.0f ms, p95 %.0f ms; gesture -> diagram drawn: "
                + "p50 %.0f ms, p95 %.0f ms (%d runs after %d to warm up)%n", percentile(toText, 50),
                percentile(toText, 95), percentile(toDiagram, 50), percentile(toDiagram, 95), RUNS, WARM_UP);
        page().closeAllEditors(false);
    }

    /** Runs the event loop, a millisecond at a time, until the condition holds. */
    private static void await(BooleanSupplier condition) {
        Display display = Ui.display();
        long end = System.nanoTime() + Ui.PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("no answer within " + Ui.PATIENCE);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(1, () -> {
                });
                display.sleep();
            }
        }
    }

    private static double percentile(List<Double> values, int percent) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
