// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.studio.diagram.DiagramView;
import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.generate.GenerateDialog;
import it.tendere.studio.models.ModelFolders;
import it.tendere.studio.models.ModelsView;

/**
 * What an analyst does in the studio without touching the text: a new
 * model from «Nuovo modello», its organisation and a process drawn in the
 * «Diagrammi» view, a gesture undone with Ctrl+Z and done again, the model
 * saved and the document generated with what was drawn in it.
 */
class AnalystDrawsTests {

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    @Test
    void anAnalystDrawsANewModelUndoesAGestureAndGeneratesTheDocument() throws Exception {
        Path folder = clean(Path.of(System.getProperty("tendere.work", "target/studio-work")).resolve("analista"));
        ModelsView.showFolder(page(), ModelFolders.link(folder));
        // «Selezione del personale», the second of the formats
        Workbench.newModel("Provincia di Roccaforte", "selezione-roccaforte.tendere", 31, 1, null);
        Path file = folder.resolve("selezione-roccaforte.tendere");
        byte[] created = Files.readAllBytes(file);
        Ui.waitUntil("the new model opens", () -> page().getActiveEditor() instanceof TendereEditor);
        TendereEditor editor = (TendereEditor) page().getActiveEditor();
        Ui.waitUntil("the model is read", () -> editor.lastParsed() != null);

        DiagramView view = (DiagramView) page().showView(DiagramView.ID);
        DiagramPage diagram = new DiagramPage(view);
        page().activate(editor);
        Ui.waitUntil("the organisation is drawn", () -> diagram.text().contains("Organizzazione")
                && !diagram.drawn().isEmpty());
        Ui.screenshot("30-nuovo-modello-organizzazione");

        // the organisation: a role from the palette, renamed in place; an external competence it needs
        diagram.dispatch("{kind: 'createNode', elementTypeId: 'node:ruolo', location: {x: 40, y: 40}, args: {}}");
        Role role = awaitNew(editor, m -> m.getOrganisation().getRoles(), "Nuovo ruolo", Role::getTitle);
        diagram.dispatch("{kind: 'applyLabelEdit', labelId: '" + ElementId.of(role) + "#titolo',"
                + " text: 'Commissario esperto'}");
        Ui.waitUntil("the role is renamed", () -> editor.document().get().contains("\"Commissario esperto\""));
        diagram.dispatch("{kind: 'createNode', elementTypeId: 'node:competenza-esterna', location: {x: 400, y: 40},"
                + " args: {}}");
        Competence competence = awaitNew(editor, m -> m.getOrganisation().getCompetences(), "Nuova competenza",
                Competence::getTitle);
        diagram.dispatch("{kind: 'createEdge', elementTypeId: 'edge:richiede', sourceElementId: '"
                + ElementId.of(role) + "', targetElementId: '" + ElementId.of(competence) + "', args: {}}");
        Ui.waitUntil("the role needs the competence", () -> editor.lastParsed() != null
                && editor.lastParsed().model().getOrganisation().getRoles().stream()
                        .anyMatch(r -> r.getTitle().equals("Commissario esperto") && r.getCompetences().stream()
                                .anyMatch(c -> c.getName().equals(competence.getName()))));
        Ui.waitUntil("all of it drawn", () -> diagram.text().contains("Commissario esperto")
                && diagram.drawn().contains(ElementId.of(competence)));
        Ui.screenshot("31-organizzazione-disegnata");

        // a process: a new phase performed by the Comune, by the command the palette of gestures offers
        Process first = editor.lastParsed().model().getProcessesAndTools().getProcesses().get(0);
        diagram.open("processo=" + ElementId.of(first).replace(":", "%3A"));
        Ui.waitUntil("the process map is drawn", () -> diagram.drawn().stream().anyMatch(id -> id.startsWith("Phase:")));
        int phases = first.getPhases().size();
        String beforePhase = editor.document().get();
        diagram.dispatch("{kind: 'tendereGesture', gesture: 'nuova-fase', elementId: '" + ElementId.of(first)
                + "', argument: 'comune', label: 'Nuova fase svolta da: Comune'}");
        Ui.waitUntil("the phase is in the text", () -> editor.lastParsed() != null
                && editor.lastParsed().text().equals(editor.document().get())
                && editor.lastParsed().model().getProcessesAndTools().getProcesses().get(0).getPhases()
                        .size() == phases + 1);
        String withPhase = editor.document().get();
        Ui.screenshot("32-processo-nuova-fase");

        // Ctrl+Z in the diagram takes the phase back, Ctrl+Maiusc+Z brings it again
        diagram.focus();
        Ui.chord(SWT.CTRL, 'z');
        Ui.waitUntil("the phase is undone", () -> editor.document().get().equals(beforePhase));
        Ui.screenshot("33-annullato-con-ctrl-z");
        Ui.chord(SWT.CTRL | SWT.SHIFT, 'z');
        Ui.waitUntil("and redone", () -> editor.document().get().equals(withPhase));

        assertTrue(editor.isDirty());
        assertArrayEquals(created, Files.readAllBytes(file), "nothing saved until the analyst saves");
        editor.doSave(null);
        Ui.waitUntil("saved", () -> !editor.isDirty());
        assertTrue(Files.readString(file).contains("\"Commissario esperto\""));

        Path out = clean(folder.resolve("documento"));
        List<String> said = new ArrayList<>();
        Ui.whenShellOpens("Genera documento", dialog -> {
            Ui.find(dialog, Text.class).stream().filter(t -> t.getData(GenerateDialog.DESTINATION) != null)
                    .findFirst().orElseThrow().setText(out.toString());
            Ui.press(dialog, "Genera");
            Ui.whenShellOpens("Genera documento", done -> {
                said.add(Ui.labels(done));
                Ui.press(done, "Chiudi");
            });
        });
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("it.tendere.studio.generate", null);
        Ui.rethrowDialogFailures();
        Ui.waitUntil("the document is written", () -> !said.isEmpty());
        String html = Files.readString(out.resolve("sezione-2-provincia-di-roccaforte-selezione.html"));
        assertTrue(html.contains("Commissario esperto"), "what was drawn is in the document");
        Ui.screenshot("34-documento-generato");
    }

    /** The element the last gesture added, once the editor has read the text with it. */
    private static <T> T awaitNew(TendereEditor editor, java.util.function.Function<ServiceModel, List<T>> list,
            String title, java.util.function.Function<T, String> titleOf) {
        Ui.waitUntil("«" + title + "» is in the text", () -> editor.lastParsed() != null
                && editor.lastParsed().text().equals(editor.document().get())
                && list.apply(editor.lastParsed().model()).stream().anyMatch(e -> title.equals(titleOf.apply(e))));
        return list.apply(editor.lastParsed().model()).stream().filter(e -> title.equals(titleOf.apply(e)))
                .findFirst().orElseThrow();
    }

    private static Path clean(Path folder) throws Exception {
        Files.createDirectories(folder);
        try (Stream<Path> old = Files.walk(folder)) {
            for (Path each : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!each.equals(folder)) {
                    Files.delete(each);
                }
            }
        }
        return folder;
    }
}
