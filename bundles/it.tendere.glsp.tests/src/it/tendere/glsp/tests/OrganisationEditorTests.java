// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.RedoAction;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.actions.StatusAction;
import org.eclipse.glsp.graph.GLabel;
import it.tendere.glsp.GestureOperation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import it.tendere.dsl.tests.SampleModels;
import it.tendere.glsp.GraphIds;

/**
 * The organisation editor's server as a client meets it — GLSP's own server,
 * sessions and action dispatch, in OSGi — on a copy of the Formazione model
 * with a comment of the user's: each gesture is read back from the file, as
 * the lines it changed, and the graph the server sends after it.
 */
class OrganisationEditorTests {

    @TempDir
    Path dir;

    private Path file;
    private String original;
    private EditorSession editor;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("formazione.tendere");
        original = SampleModels.read("formazione.tendere").replace("\t\truolo tutor ",
                "\t\t// il tutor segue anche la piattaforma\n\t\truolo tutor ");
        Files.writeString(file, original);
        editor = new EditorSession(file, GraphIds.ORGANISATION);
    }

    @AfterEach
    void close() {
        editor.close();
    }

    private GModelRoot load() throws InterruptedException {
        return editor.load();
    }

    private GModelRoot gesture(Action operation) throws InterruptedException {
        return editor.gesture(operation);
    }

    @Test
    void theGraphHasEveryRoleCompetenceAndProviderAndTheirLinks() throws Exception {
        GModelRoot root = load();
        List<String> nodes = EditorSession.ids(root, GNode.class);
        assertTrue(nodes.containsAll(List.of("Role:responsabile", "Role:progettista", "Role:amministrativo",
                "Role:tutor", "Competence:giuridico", "Competence:docenza", "ExternalProvider:ateneo",
                "ExternalProvider:enteFormazione")), nodes::toString);
        List<String> edges = EditorSession.ids(root, GEdge.class);
        assertTrue(edges.containsAll(List.of("Role:tutor->Competence:strumentiDigitali",
                "Competence:docenza->ExternalProvider:enteFormazione")), edges::toString);
        assertEquals(original, Files.readString(file), "opening writes nothing");
    }

    @Test
    void aNewRoleIsItsOwnLinesAndUndoGivesBackTheText() throws Exception {
        load();
        GModelRoot after = gesture(new CreateNodeOperation(GraphIds.ROLE));
        String text = Files.readString(file);
        assertEquals(List.of("+ruolo ruolo1 \"Nuovo ruolo\" {", "+persone 1", "+}"), EditorSession.changedLines(original, text));
        assertTrue(text.contains("// il tutor segue anche la piattaforma"), "the user's comment stays");
        assertTrue(EditorSession.ids(after, GNode.class).contains("Role:ruolo1"), "drawn");

        GModelRoot undone = gesture(new UndoAction());
        assertEquals(original, Files.readString(file), "undo gives back the very text");
        assertTrue(!EditorSession.ids(undone, GNode.class).contains("Role:ruolo1"));
        gesture(new RedoAction());
        assertEquals(text, Files.readString(file), "redo");
    }

    @Test
    void linkRetitleAndDeleteChangeOnlyTheirLines() throws Exception {
        load();
        gesture(new CreateEdgeOperation(GraphIds.NEEDS, "Role:tutor", "Competence:valutazione"));
        String linked = Files.readString(file);
        assertEquals(List.of("-competenze strumentiDigitali", "+competenze strumentiDigitali, valutazione"),
                EditorSession.changedLines(original, linked));

        gesture(new ApplyLabelEditOperation("Competence:docenza" + GraphIds.TITLE, "Docenza di esperti"));
        String retitled = Files.readString(file);
        assertEquals(List.of("-competenza docenza \"Docenza specialistica\" {",
                "+competenza docenza \"Docenza di esperti\" {"), EditorSession.changedLines(linked, retitled));

        GModelRoot after = gesture(new DeleteOperation(List.of("Competence:orgProcessi")));
        String deleted = Files.readString(file);
        assertTrue(!deleted.contains("orgProcessi"), "the competence and every need of it are gone");
        assertTrue(deleted.contains("competenze giuridico\n") && deleted.contains("competenze valutazione\n"),
                "the roles keep their other competences");
        assertTrue(!EditorSession.ids(after, GNode.class).contains("Competence:orgProcessi"));

        gesture(new DeleteOperation(List.of("Competence:docenza->ExternalProvider:enteFormazione")));
        String unlinked = Files.readString(file);
        assertEquals(List.of("-fornitore enteFormazione"), EditorSession.changedLines(deleted, unlinked),
                "a link deleted is its reference, both elements stay");

        // a provider deleted takes its provisions with it (Xtext's serializer alone left «fornitore» without a name)
        gesture(new DeleteOperation(List.of("ExternalProvider:ateneo")));
        String withoutProvider = Files.readString(file);
        assertTrue(!withoutProvider.contains("ateneo") && !withoutProvider.contains("fornitore \n")
                && !withoutProvider.contains("fornitore\n"), withoutProvider);
    }

    @Test
    void theChecksAreMarkedOnTheirElements() throws Exception {
        original = original.replaceFirst("\t\t\tpersone 2\n", "");
        Files.writeString(file, original);
        GModelRoot root = load();
        editor.send(new RequestMarkersAction(List.of(root.getId())));
        List<Marker> markers = editor.next(SetMarkersAction.class).getMarkers();
        assertTrue(markers.stream().anyMatch(m -> "Role:progettista".equals(m.getElementId())
                && "warning".equals(m.getType()) && m.getDescription().startsWith("2.2 Assetto organizzativo")),
                () -> markers.stream().map(m -> m.getElementId() + " " + m.getDescription()).toList().toString());
    }

    @Test
    void noOtherFileCanBeOpened() throws Exception {
        Path other = Files.writeString(dir.resolve("altro.tendere"), "servizio \"Altro\" { }");
        editor.send(new RequestModelAction(Map.of("sourceUri", other.toUri().toString())));
        MessageAction refused = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (refused == null && System.nanoTime() < deadline) {
            Action action = editor.within(Action.class, 1);
            assertTrue(!(action instanceof SetModelAction), "nothing opened");
            if (action instanceof MessageAction message && "ERROR".equals(message.getSeverity())) {
                refused = message;
            }
        }
        String said = refused == null ? "" : refused.getMessage() + " " + refused.getDetails().orElse("");
        assertTrue(said.contains("questo editor apre soltanto " + file), said);
    }

    @Test
    void theCoordinationPointAndNonNegotiableAreGesturesOfTheirOwnLines() throws Exception {
        load();
        gesture(new GestureOperation(GestureOperation.COORDINATION, "Role:progettista", null, "coordinamento"));
        String moved = Files.readString(file);
        assertEquals(original.replaceFirst("\t\t\tcoordinamento\n", "").replace(
                "ruolo progettista \"Progettista della formazione\" {\n",
                "ruolo progettista \"Progettista della formazione\" {\n\t\t\tcoordinamento\n"), moved,
                "the mark taken from the responsabile, given to the progettista: two lines");

        gesture(new GestureOperation(GestureOperation.NON_NEGOTIABLE, "Competence:giuridico", null, "negoziabile"));
        String negotiable = Files.readString(file);
        assertEquals(List.of("-non negoziabile"), EditorSession.changedLines(moved, negotiable));
        gesture(new GestureOperation(GestureOperation.NON_NEGOTIABLE, "Competence:giuridico", null, "non negoziabile"));
        assertEquals(moved, Files.readString(file), "and back");
    }

    @Test
    void deletingAnElementSaysWhatElseChanged() throws Exception {
        load();
        editor.send(new DeleteOperation(List.of("ExternalProvider:ateneo")));
        editor.next(UpdateModelAction.class);
        StatusAction told = editor.next(StatusAction.class);
        assertTrue(told.getMessage().startsWith("Tolto anche dove era usato:")
                && told.getMessage().contains("«Valutazione delle competenze» (fornitore)")
                && told.getMessage().contains("«Analisi degli scostamenti» (soggetto esterno)"), told.getMessage());
    }

    @Test
    void aFileChangedOnDiskIsDrawnAgainAndTheUserTold() throws Exception {
        load();
        gesture(new CreateNodeOperation(GraphIds.ROLE));
        // another editor saves the file, by replacing it
        String theirs = Files.readString(file).replace("\"Tutor d'aula e della piattaforma\"", "\"Tutor\"");
        Path saved = Files.writeString(dir.resolve("altro.tmp"), theirs);
        Files.move(saved, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        GModelRoot redrawn = editor.next(UpdateModelAction.class).getNewRoot();
        assertTrue(redrawn.getChildren().stream().flatMap(c -> c.getChildren().stream())
                .anyMatch(label -> label instanceof GLabel l && "Tutor".equals(l.getText())), "the new text is drawn");
        StatusAction told = editor.next(StatusAction.class);
        assertTrue(told.getMessage().startsWith("Il file è cambiato su disco"), told.getMessage());
        // the undo history referred to the old text: it is gone, the user's file stays theirs
        editor.send(new UndoAction());
        assertEquals(null, editor.within(UpdateModelAction.class, 2));
        assertEquals(theirs, Files.readString(file));
    }
}
