// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.SelectAction;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.tendere.dsl.io.LoadedModel;
import it.tendere.dsl.io.ModelFileException;
import it.tendere.dsl.io.ModelLoader;
import it.tendere.glsp.GraphIds;
import it.tendere.glsp.ModelSource;
import it.tendere.glsp.ModelText;

/**
 * The diagram of a text an editor holds (the studio's): gestures are edits
 * of that text and never touch the file, undo is the editor's, a text that
 * does not parse leaves the last good diagram and refuses gestures, the
 * selection goes both ways. The editor is played by an in-memory document
 * with a history, as the studio's is.
 */
class EditorDocumentTests {

    @TempDir
    Path folder;

    private Path file;
    private String saved;
    private Document document;

    @BeforeEach
    void copySample() throws Exception {
        file = folder.resolve("formazione.tendere");
        Files.copy(Path.of(System.getProperty("tendere.models", "../../models"), "formazione.tendere"), file);
        saved = Files.readString(file, StandardCharsets.UTF_8);
        document = new Document(file, saved);
    }

    @Test
    void aGestureIsAnEditOfTheDocumentAndUndoIsTheDocuments() throws Exception {
        try (EditorSession session = new EditorSession(document, GraphIds.ORGANISATION)) {
            session.load();
            GModelRoot after = session.gesture(new CreateNodeOperation(GraphIds.ROLE));
            assertTrue(document.text.contains("ruolo ruolo1 \"Nuovo ruolo\""), "the role is in the document");
            assertEquals(saved, Files.readString(file, StandardCharsets.UTF_8), "the file is not touched");
            assertEquals(1, document.history.size(), "one step of the document's history");
            assertTrue(EditorSession.ids(after, GNode.class).contains("Role:ruolo1"));

            session.send(new UndoAction());
            document.awaitUndo();
            assertEquals(saved, document.text, "the document's own undo");
            document.changed(); // the editor tells of its new text
            GModelRoot undone = session.next(UpdateModelAction.class).getNewRoot();
            assertTrue(!EditorSession.ids(undone, GNode.class).contains("Role:ruolo1"), "drawn without it");
        }
    }

    @Test
    void aTextThatDoesNotParseLeavesTheLastGoodDiagramAndRefusesGestures() throws Exception {
        try (EditorSession session = new EditorSession(document, GraphIds.ORGANISATION)) {
            List<String> drawn = EditorSession.ids(session.load(), GNode.class);
            document.type(document.text.replace("ruolo tutor \"", "ruolo tutor {{ \""));
            StatusAction frozen = session.next(StatusAction.class);
            assertTrue(frozen.getMessage().startsWith("Il testo non si legge (riga "), frozen.getMessage());
            assertEquals("WARNING", frozen.getSeverity());
            assertNull(session.within(UpdateModelAction.class, 1), "the last good diagram stays");

            String broken = document.text;
            session.send(new CreateNodeOperation(GraphIds.ROLE));
            StatusAction refused = session.next(StatusAction.class);
            assertTrue(refused.getMessage().startsWith("il diagramma non si modifica mentre il testo non si legge"),
                    refused.getMessage());
            assertEquals(broken, document.text, "nothing written");

            document.type(saved.replace("\"Tutor d'aula", "\"Docente d'aula"));
            GModelRoot again = session.next(UpdateModelAction.class).getNewRoot();
            assertEquals(drawn, EditorSession.ids(again, GNode.class));
            session.gesture(new CreateNodeOperation(GraphIds.ROLE));
            assertTrue(document.text.contains("\"Nuovo ruolo\"") && document.text.contains("\"Docente d'aula"),
                    "gestures again, on the text as typed");
        }
    }

    @Test
    void theSelectionGoesBothWays() throws Exception {
        try (EditorSession session = new EditorSession(document, GraphIds.ORGANISATION)) {
            session.load();
            session.send(new SelectAction(List.of("Role:tutor")));
            assertEquals(List.of("Role:tutor"), document.awaitSelected());

            // the caret on a line of the competence's block: the competence, its container not drawn
            document.caret(List.of("Competence:docenza", "Organisation", "/"));
            SelectAction shown = session.next(SelectAction.class);
            assertEquals(List.of("Competence:docenza"), shown.getSelectedElementsIDs());
            assertTrue(shown.isDeselectAll());
            assertNull(document.selected, "what the diagram shows for the editor is not given back to it");
        }
    }

    /** A text with a history, as an editor's document: changes come from typing or from the diagram. */
    private static final class Document implements ModelSource {
        private final Path file;
        private volatile String text;
        private final Deque<String> history = new ArrayDeque<>();
        private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
        private final List<Consumer<List<String>>> carets = new CopyOnWriteArrayList<>();
        private volatile List<String> selected;

        Document(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        void type(String next) {
            text = next;
            changed();
        }

        void changed() {
            watchers.forEach(Runnable::run);
        }

        void caret(List<String> ids) {
            carets.forEach(each -> each.accept(ids));
        }

        synchronized void awaitUndo() throws InterruptedException {
            long end = System.nanoTime() + 60_000_000_000L;
            while (!history.isEmpty() && System.nanoTime() < end) {
                wait(100);
            }
        }

        List<String> awaitSelected() throws InterruptedException {
            for (int i = 0; i < 600 && selected == null; i++) {
                Thread.sleep(100);
            }
            List<String> answer = selected;
            selected = null;
            return answer;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public LoadedModel load(ModelLoader loader) {
            return loader.parse(text, file);
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public synchronized void replace(String expected, ModelText.Edit edit) throws ModelFileException {
            if (!text.equals(expected)) {
                throw new ModelFileException(file, "changed");
            }
            history.push(text);
            text = edit.applyTo(text);
        }

        @Override
        public AutoCloseable watch(Runnable changed) {
            watchers.add(changed);
            return () -> watchers.remove(changed);
        }

        @Override
        public boolean keepsHistory() {
            return true;
        }

        @Override
        public synchronized void undo() {
            text = history.pop();
            notifyAll();
        }

        @Override
        public void redo() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void selected(List<String> ids) {
            selected = new ArrayList<>(ids);
        }

        @Override
        public AutoCloseable watchSelection(Consumer<List<String>> selection) {
            carets.add(selection);
            return () -> carets.remove(selection);
        }
    }
}
