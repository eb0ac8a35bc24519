// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.actions.MessageAction;
import org.eclipse.glsp.server.di.ServerModule;
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
import org.eclipse.glsp.server.protocol.DefaultGLSPServer;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Guice;

import it.tendere.dsl.tests.SampleModels;
import it.tendere.glsp.GraphIds;
import it.tendere.glsp.OrganisationDiagramModule;

/**
 * The organisation editor's server as a client meets it — GLSP's own server,
 * sessions and action dispatch, in OSGi — on a copy of the Formazione model
 * with a comment of the user's: each gesture is read back from the file, as
 * the lines it changed, and the graph the server sends after it.
 */
class OrganisationEditorTests {

    private static final String SESSION = "sessione-1";

    @TempDir
    Path dir;

    private Path file;
    private String original;
    private GLSPServer server;
    private final BlockingQueue<Action> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("formazione.tendere");
        original = SampleModels.read("formazione.tendere").replace("\t\truolo tutor ",
                "\t\t// il tutor segue anche la piattaforma\n\t\truolo tutor ");
        Files.writeString(file, original);
        server = Guice.createInjector(new ServerModule().configureDiagramModule(new OrganisationDiagramModule(file)))
                .getInstance(GLSPServer.class);
        ((DefaultGLSPServer) server).connect(message -> received.add(message.getAction()));
        InitializeParameters initialize = new InitializeParameters();
        initialize.setApplicationId("tendere-test");
        initialize.setProtocolVersion(DefaultGLSPServer.PROTOCOL_VERSION);
        server.initialize(initialize).get(1, TimeUnit.MINUTES);
        // the actions a browser client handles, which the server then sends it
        server.initializeClientSession(new InitializeClientSessionParameters(SESSION, GraphIds.ORGANISATION,
                List.of(SetModelAction.KIND, UpdateModelAction.KIND, SetMarkersAction.KIND, MessageAction.KIND,
                        "setDirtyState", "status", "setTypeHints", "setEditMode", "setContextActions")))
                .get(1, TimeUnit.MINUTES);
    }

    @AfterEach
    void close() {
        server.shutdown();
    }

    private void send(Action action) {
        server.process(new ActionMessage(SESSION, action));
    }

    /** The next action of this type the server sends, within a minute. */
    private <A extends Action> A next(Class<A> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        List<Action> other = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            Action action = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (type.isInstance(action)) {
                return type.cast(action);
            }
            if (action instanceof MessageAction message && "ERROR".equals(message.getSeverity())) {
                throw new AssertionError("the server failed: " + message.getMessage());
            }
            other.add(action);
        }
        throw new AssertionError("no " + type.getSimpleName() + "; came: " + other);
    }

    private GModelRoot load() throws InterruptedException {
        send(new RequestModelAction(Map.of("sourceUri", file.toUri().toString(), "diagramType",
                GraphIds.ORGANISATION)));
        return next(SetModelAction.class).getNewRoot();
    }

    /** Sends a gesture and answers the graph drawn after it. */
    private GModelRoot gesture(Action operation) throws InterruptedException {
        send(operation);
        return next(UpdateModelAction.class).getNewRoot();
    }

    private static List<String> ids(GModelRoot root, Class<? extends GModelElement> type) {
        return root.getChildren().stream().filter(type::isInstance).map(GModelElement::getId).toList();
    }

    /** The lines that differ between two texts, as «-old» and «+new», in order. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int end = 0;
        while (end < a.size() - start && end < b.size() - start
                && a.get(a.size() - 1 - end).equals(b.get(b.size() - 1 - end))) {
            end++;
        }
        List<String> changed = new ArrayList<>();
        a.subList(start, a.size() - end).forEach(line -> changed.add("-" + line.strip()));
        b.subList(start, b.size() - end).forEach(line -> changed.add("+" + line.strip()));
        return changed;
    }

    @Test
    void theGraphHasEveryRoleCompetenceAndProviderAndTheirLinks() throws Exception {
        GModelRoot root = load();
        List<String> nodes = ids(root, GNode.class);
        assertTrue(nodes.containsAll(List.of("Role:responsabile", "Role:progettista", "Role:amministrativo",
                "Role:tutor", "Competence:giuridico", "Competence:docenza", "ExternalProvider:ateneo",
                "ExternalProvider:enteFormazione")), nodes::toString);
        List<String> edges = ids(root, GEdge.class);
        assertTrue(edges.containsAll(List.of("Role:tutor->Competence:strumentiDigitali",
                "Competence:docenza->ExternalProvider:enteFormazione")), edges::toString);
        assertEquals(original, Files.readString(file), "opening writes nothing");
    }

    @Test
    void aNewRoleIsItsOwnLinesAndUndoGivesBackTheText() throws Exception {
        load();
        GModelRoot after = gesture(new CreateNodeOperation(GraphIds.ROLE));
        String text = Files.readString(file);
        assertEquals(List.of("+ruolo ruolo1 \"Nuovo ruolo\" {", "+persone 1", "+}"), changedLines(original, text));
        assertTrue(text.contains("// il tutor segue anche la piattaforma"), "the user's comment stays");
        assertTrue(ids(after, GNode.class).contains("Role:ruolo1"), "drawn");

        GModelRoot undone = gesture(new UndoAction());
        assertEquals(original, Files.readString(file), "undo gives back the very text");
        assertTrue(!ids(undone, GNode.class).contains("Role:ruolo1"));
        gesture(new RedoAction());
        assertEquals(text, Files.readString(file), "redo");
    }

    @Test
    void linkRetitleAndDeleteChangeOnlyTheirLines() throws Exception {
        load();
        gesture(new CreateEdgeOperation(GraphIds.NEEDS, "Role:tutor", "Competence:valutazione"));
        String linked = Files.readString(file);
        assertEquals(List.of("-competenze strumentiDigitali", "+competenze strumentiDigitali, valutazione"),
                changedLines(original, linked));

        gesture(new ApplyLabelEditOperation("Competence:docenza" + GraphIds.TITLE, "Docenza di esperti"));
        String retitled = Files.readString(file);
        assertEquals(List.of("-competenza docenza \"Docenza specialistica\" {",
                "+competenza docenza \"Docenza di esperti\" {"), changedLines(linked, retitled));

        GModelRoot after = gesture(new DeleteOperation(List.of("Competence:orgProcessi")));
        String deleted = Files.readString(file);
        assertTrue(!deleted.contains("orgProcessi"), "the competence and every need of it are gone");
        assertTrue(deleted.contains("competenze giuridico\n") && deleted.contains("competenze valutazione\n"),
                "the roles keep their other competences");
        assertTrue(!ids(after, GNode.class).contains("Competence:orgProcessi"));

        gesture(new DeleteOperation(List.of("Competence:docenza->ExternalProvider:enteFormazione")));
        String unlinked = Files.readString(file);
        assertEquals(List.of("-fornitore enteFormazione"), changedLines(deleted, unlinked),
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
        send(new RequestMarkersAction(List.of(root.getId())));
        List<Marker> markers = next(SetMarkersAction.class).getMarkers();
        assertTrue(markers.stream().anyMatch(m -> "Role:progettista".equals(m.getElementId())
                && "warning".equals(m.getType()) && m.getDescription().startsWith("2.2 Assetto organizzativo")),
                () -> markers.stream().map(m -> m.getElementId() + " " + m.getDescription()).toList().toString());
    }

    @Test
    void noOtherFileCanBeOpened() throws Exception {
        Path other = Files.writeString(dir.resolve("altro.tendere"), "servizio \"Altro\" { }");
        send(new RequestModelAction(Map.of("sourceUri", other.toUri().toString())));
        MessageAction refused = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (refused == null && System.nanoTime() < deadline) {
            Action action = received.poll(1, TimeUnit.SECONDS);
            assertTrue(!(action instanceof SetModelAction), "nothing opened");
            if (action instanceof MessageAction message && "ERROR".equals(message.getSeverity())) {
                refused = message;
            }
        }
        String said = refused == null ? "" : refused.getMessage() + " " + refused.getDetails().orElse("");
        assertTrue(said.contains("questo editor apre soltanto " + file), said);
    }
}
