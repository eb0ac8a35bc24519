// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static it.tendere.studio.tests.Workbench.markers;
import static it.tendere.studio.tests.Workbench.page;
import static it.tendere.studio.tests.Workbench.selectAfter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import it.tendere.diagram.Diagram;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.Role;
import it.tendere.studio.diagram.DiagramView;
import it.tendere.studio.editor.TendereEditor;
import it.tendere.studio.models.ModelFolders;

/**
 * The graphical editor beside the text, in the studio's own browser: a
 * gesture is an edit of the editor's text (dirty, not saved), Ctrl+Z undoes
 * it in text and diagram alike, the caret selects the diagram's element and
 * a click on the diagram the element's text, a text that does not parse
 * leaves the diagram as it was and says why, the list above the diagram
 * opens the overview and each process map, the diagram exports as the
 * document draws it. The page is driven through
 * the client's own action dispatcher and real key events; each step leaves
 * a screenshot in target/screenshots.
 */
@TestMethodOrder(MethodOrderer.Random.class)
class DiagramEditorTests {

    private static Path formazione;
    private static byte[] original;

    private TendereEditor editor;
    private DiagramView view;
    private DiagramPage page;

    @BeforeAll
    static void copySample() throws IOException {
        Path models = Path.of(System.getProperty("tendere.work", "target/studio-work")).resolve("diagrammi");
        Files.createDirectories(models);
        formazione = models.resolve("formazione.tendere");
        Path samples = Path.of(System.getProperty("tendere.models", "../../models"));
        original = Files.readAllBytes(samples.resolve("formazione.tendere"));
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
    }

    @BeforeEach
    void openTheModelAndItsDiagram() throws Exception {
        page().closeAllEditors(false);
        Files.write(formazione, original);
        editor = ModelFolders.open(page(), formazione);
        assertNotNull(editor);
        Ui.waitUntil("the model is checked clean", () -> editor.latest() != null && markers(editor.file()).isEmpty());
        view = (DiagramView) page().showView(DiagramView.ID);
        page = new DiagramPage(view);
        page().activate(editor);
        try {
            Ui.waitUntil("the diagram editor shows the organisation", () -> drawn().contains("Role:progettista"));
        } catch (AssertionError e) {
            Ui.screenshot("2x-editor-grafico-non-mostrato");
            throw new AssertionError(e.getMessage() + "; the page " + view.browser().getUrl() + " holds: "
                    + view.browser().evaluate("return document.documentElement.outerHTML.slice(0, 4000);"), e);
        }
    }

    @AfterEach
    void closeWithoutSaving() {
        page().closeAllEditors(false);
    }

    private List<String> drawn() {
        return page.drawn();
    }

    @Test
    void aGestureIsAnEditOfTheTextAndCtrlZUndoesItInBoth() throws Exception {
        // something typed first: one Ctrl+Z must take back the gesture, and only it
        selectAfter(editor, "ruolo tutor \"", "Tutor");
        Ui.type("Docente");
        Ui.waitUntil("the diagram follows the typing", () -> page.text().contains("Docente d'aula"));
        String before = editor.document().get();
        Ui.screenshot("20-editor-grafico-organizzazione");
        page.dispatch("{kind: 'createNode', elementTypeId: 'node:ruolo', location: {x: 40, y: 40}, args: {}}");
        Ui.waitUntil("the new role is in the text", () -> editor.document().get().contains("\"Nuovo ruolo\""));
        Ui.waitUntil("and drawn", () -> drawn().contains("Role:ruolo1"));
        assertTrue(editor.isDirty(), "the editor is dirty");
        assertArrayEquals(original, Files.readAllBytes(formazione), "nothing reaches the file before the user saves");
        Ui.screenshot("21-gesto-nel-testo");

        // Ctrl+Z, typed in the diagram: the editor's own undo
        page.focus();
        String gestured = editor.document().get();
        Ui.chord(SWT.CTRL, 'z');
        Ui.waitUntil("Ctrl+Z changes the text", () -> !editor.document().get().equals(gestured));
        Ui.spin(1000);
        assertTrue(editor.document().get().contains("Docente d'aula"), "what was typed before the gesture stays; "
                + (editor.document().get().contains("\"Nuovo ruolo\"") ? "the gesture stays" : "the gesture is undone"));
        assertEquals(before, editor.document().get(), "the text is back");
        Ui.waitUntil("the role is no longer drawn", () -> !drawn().contains("Role:ruolo1"));
        Ui.spin(1000);
        assertEquals(before, editor.document().get(), "one Ctrl+Z, one step back: what was typed stays");
        Ui.screenshot("22-annullato");

        Ui.chord(SWT.CTRL | SWT.SHIFT, 'z');
        Ui.waitUntil("redone", () -> editor.document().get().contains("\"Nuovo ruolo\""));
        Ui.waitUntil("and drawn again", () -> drawn().contains("Role:ruolo1"));
        editor.doSave(null);
        Ui.waitUntil("saved", () -> !editor.isDirty());
        assertTrue(Files.readString(formazione).contains("\"Nuovo ruolo\""), "saved as any edit");
    }

    @Test
    void theSelectionGoesBothWays() throws Exception {
        Role tutor = editor.lastParsed().model().getOrganisation().getRoles().stream()
                .filter(role -> role.getName().equals("tutor")).findFirst().orElseThrow();
        selectAfter(editor, "ruolo ", "tutor");
        Ui.waitUntil("the caret's role is selected in the diagram",
                () -> page.selection().equals(List.of(ElementId.of(tutor))));
        Ui.screenshot("23-cursore-seleziona-nel-diagramma");

        // a click in the diagram (the client's own selection action): the element's text
        page.dispatch("{kind: 'elementSelected', selectedElementsIDs: ['Role:progettista'], deselectedElementsIDs: [],"
                + " deselectAll: true}");
        Ui.waitUntil("the role's text is selected", () -> editor.viewer().getTextWidget().getSelectionText()
                .startsWith("ruolo progettista \"Progettista della formazione\""));
        Ui.screenshot("24-clic-seleziona-nel-testo");
    }

    @Test
    void aTextThatDoesNotParseFreezesTheDiagramAndSaysWhy() throws Exception {
        List<String> boxes = drawn();
        selectAfter(editor, "ruolo ", "tutor");
        Ui.type(" {{");
        Ui.waitUntil("the diagram says the text cannot be read", () -> page.status().startsWith("Il testo non si legge"));
        Ui.waitUntil("and the view above it", () -> view.status().startsWith("Il testo non si legge (riga "));
        assertEquals(boxes, drawn(), "the last good state stays drawn");
        Ui.screenshot("25-testo-non-valido");
        String broken = editor.document().get();
        page.dispatch("{kind: 'createNode', elementTypeId: 'node:ruolo', location: {x: 40, y: 40}, args: {}}");
        Ui.spin(1500);
        assertEquals(broken, editor.document().get(), "no gesture while the text does not parse");
        Ui.waitUntil("the user is told", () -> page.status().startsWith("il diagramma non si modifica"));

        editor.doRevertToSaved();
        Ui.waitUntil("the diagram takes gestures again", () -> page.status().isEmpty() && view.status().isEmpty());
        page.dispatch("{kind: 'createNode', elementTypeId: 'node:ruolo', location: {x: 40, y: 40}, args: {}}");
        Ui.waitUntil("the gesture is made", () -> editor.document().get().contains("\"Nuovo ruolo\""));
    }

    @Test
    void typingRedrawsTheDiagramWithTheEditorsChecks() throws Exception {
        selectAfter(editor, "ruolo tutor \"", "Tutor");
        Ui.type("Docente");
        Ui.waitUntil("the diagram shows the new title", () -> page.text().contains("Docente d'aula"));
        // a reference to nothing (pasted): the editor's error, on the diagram's element
        int needs = selectAfter(editor, "competenze orgProcessi, valutazione", "");
        editor.document().replace(needs, 0, ", inesistente");
        Ui.waitUntil("the error is marked on the role", () -> Boolean.TRUE.equals(view.browser().evaluate(
                "return !!document.querySelector('[id=\"sprotty_Role:progettista\"] .sprotty-issue, "
                        + "[id=\"sprotty_Role:progettista\"].error, [id=\"sprotty_Role:progettista\"] .error');")));
        Ui.screenshot("26-errore-sul-diagramma");

        // the Problems view's entry (what its double click does) selects the text, and so the diagram's element
        selectAfter(editor, "ruolo ", "tutor");
        try {
            Ui.waitUntil("the caret's role is selected", () -> page.selection().equals(List.of("Role:tutor")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; selected: " + page.selection() + ", status: " + page.status()
                    + ", sessions: " + view.browser().evaluate("return window.tendereSessions;"), e);
        }
        Ui.waitUntil("the error is a marker", () -> !markers(editor.file()).isEmpty());
        IDE.gotoMarker(editor, markers(editor.file()).get(0));
        Ui.waitUntil("the problem's element is selected in the diagram",
                () -> page.selection().equals(List.of("Role:progettista")));
    }

    @Test
    void theDiagramsListOpensEachKindAndTheDiagramExportsAsTheDocumentDrawsIt() throws Exception {
        Process p1 = editor.lastParsed().model().getProcessesAndTools().getProcesses().get(0);
        page.open("tendere-panoramica");
        Ui.waitUntil("the overview is drawn", () -> drawn().contains("Service:pianoFormativo"));
        assertEquals(List.of("modello-a-tendere"), view.shownFigures().stream().map(Diagram::id).toList());
        Ui.screenshot("27-panoramica");
        page.open("Process%3AP1");
        Ui.waitUntil("the process map is shown", () -> drawn().contains(ElementId.of(p1.getPhases().get(0))));
        Ui.screenshot("28-mappa-del-processo");

        List<Diagram> figures = view.shownFigures();
        assertEquals(Diagram.Kind.PROCESS, figures.get(0).kind());
        Path out = formazione.resolveSibling("esportati");
        Files.createDirectories(out);
        try (Stream<Path> old = Files.list(out)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        List<Path> svg = DiagramView.export(figures, out.resolve("mappa.svg"));
        List<Path> png = DiagramView.export(figures, out.resolve("mappa.png"));
        assertEquals(figures.size(), svg.size());
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.get(0).toFile());
        assertEquals("svg", document.getDocumentElement().getNodeName());
        assertTrue(document.getDocumentElement().getTextContent().contains(p1.getPhases().get(0).getTitle()
                .split(" ")[0]), "the phases' titles are text in the SVG");
        byte[] header = Arrays.copyOf(Files.readAllBytes(png.get(0)), 8);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header, "a PNG");
    }
}
