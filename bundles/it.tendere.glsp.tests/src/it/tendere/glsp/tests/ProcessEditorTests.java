// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.RequestMarkersAction;
import org.eclipse.glsp.server.features.validation.SetMarkersAction;
import org.eclipse.glsp.server.operations.ChangeBoundsOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.DeleteOperation;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.types.ElementAndBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.tendere.dsl.tests.SampleModels;
import it.tendere.glsp.GestureOperation;
import it.tendere.glsp.GraphIds;

/**
 * The process map's server, as {@link OrganisationEditorTests} the
 * organisation's: process P1 of Formazione («richiesta» by the Provincia,
 * «compilazione» by the Comune, «mappa» by the Provincia), with a comment of
 * the user's before «mappa». Each gesture is read back from the file.
 */
class ProcessEditorTests {

    private static final String P1 = "Process:P1";
    private static final String COMMENT = "\t\t\t// la mappa si aggiorna ogni anno\n";

    @TempDir
    Path dir;

    private Path file;
    private String original;
    private EditorSession editor;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("formazione.tendere");
        original = SampleModels.read("formazione.tendere").replace("\t\t\tfase mappa ", COMMENT + "\t\t\tfase mappa ");
        Files.writeString(file, original);
        editor = new EditorSession(file, GraphIds.PROCESS);
    }

    @AfterEach
    void close() {
        editor.close();
    }

    private GModelRoot load() throws InterruptedException {
        return editor.load(Map.of(GraphIds.PROCESS_OPTION, P1));
    }

    private static GNode node(GModelRoot root, String id) {
        return root.getChildren().stream().filter(n -> n instanceof GNode && n.getId().equals(id))
                .map(GNode.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    /** A point in a lane, {@code x} from its left end. */
    private static GPoint inLane(GModelRoot root, String performer, double x) {
        GNode lane = node(root, "corsia:" + performer + "#0");
        return GraphUtil.point(lane.getPosition().getX() + x,
                lane.getPosition().getY() + lane.getSize().getHeight() / 2);
    }

    /** The phases' names of P1 in the file's order. */
    private List<String> phases() throws Exception {
        String text = Files.readString(file);
        String p1 = text.substring(text.indexOf("processo P1 "), text.indexOf("processo P2 "));
        return p1.lines().map(String::strip).filter(l -> l.startsWith("fase "))
                .map(l -> l.split(" ")[1]).toList();
    }

    @Test
    void theMapHasItsPhasesInTheirLanesAndTheLanesNoPhaseHasYet() throws Exception {
        GModelRoot root = load();
        List<String> nodes = EditorSession.ids(root, GNode.class);
        assertTrue(nodes.containsAll(List.of("Phase:P1/richiesta", "Phase:P1/compilazione", "Phase:P1/mappa",
                "corsia:provincia#0", "corsia:comune#0", "corsia:entrambi#0", "corsia:esterno#0")), nodes::toString);
        GNode comune = node(root, "corsia:comune#0");
        GNode compilazione = node(root, "Phase:P1/compilazione");
        double middle = compilazione.getPosition().getY() + compilazione.getSize().getHeight() / 2;
        assertTrue(middle > comune.getPosition().getY()
                && middle < comune.getPosition().getY() + comune.getSize().getHeight(), "in the Comune's lane");
        assertTrue(((String) root.getArgs().get("viste")).contains("\"processo\":\"Process:P5\""),
                "the page can list every process");
        assertEquals(original, Files.readString(file), "opening writes nothing");
    }

    @Test
    void aPhaseCreatedInTheComuneLaneIsPerformedByTheComune() throws Exception {
        GModelRoot root = load();
        GModelRoot after = editor.gesture(new CreateNodeOperation(GraphIds.PHASE, inLane(root, "comune", node(root, "corsia:comune#0").getSize().getWidth() - 20), null));
        String text = Files.readString(file);
        assertEquals(List.of("+fase fase1 \"Nuova fase\" {", "+svolta da comune", "+}"),
                EditorSession.changedLines(original, text));
        assertEquals(List.of("richiesta", "compilazione", "mappa", "fase1"), phases(), "put after the last");
        assertTrue(EditorSession.ids(after, GNode.class).contains("Phase:P1/fase1"));
        assertTrue(text.contains(COMMENT), "the user's comment stays");
    }

    @Test
    void aPhaseDraggedToAnotherLaneAndBackAlongChangesItsPerformerAndOrder() throws Exception {
        GModelRoot root = load();
        GNode mappa = node(root, "Phase:P1/mappa");
        GNode richiesta = node(root, "Phase:P1/richiesta");
        // into the Comune's lane, before «richiesta»
        GPoint drop = inLane(root, "comune", 0);
        drop.setX(richiesta.getPosition().getX() - mappa.getSize().getWidth() / 2 - 10);
        drop.setY(drop.getY() - mappa.getSize().getHeight() / 2);
        editor.gesture(new ChangeBoundsOperation(List.of(new ElementAndBounds(b -> {
            b.setElementId(mappa.getId());
            b.setNewPosition(drop);
            b.setNewSize(GraphUtil.dimension(mappa.getSize().getWidth(), mappa.getSize().getHeight()));
        }))));
        String text = Files.readString(file);
        assertEquals(List.of("mappa", "richiesta", "compilazione"), phases());
        String block = text.substring(text.indexOf("fase mappa "), text.indexOf("fase richiesta "));
        assertTrue(block.contains("svolta da comune") && !block.contains("provincia"), block);
        assertTrue(text.contains(COMMENT), "the user's comment stays");

        // undone, the very text comes back
        editor.gesture(new UndoAction());
        assertEquals(original, Files.readString(file));

        // dropped outside every lane: nothing changes, the map is drawn again as it was
        editor.send(new ChangeBoundsOperation(List.of(new ElementAndBounds(b -> {
            b.setElementId(mappa.getId());
            b.setNewPosition(GraphUtil.point(-500, -500));
            b.setNewSize(GraphUtil.dimension(mappa.getSize().getWidth(), mappa.getSize().getHeight()));
        }))));
        GModelRoot again = editor.next(org.eclipse.glsp.server.features.core.model.UpdateModelAction.class)
                .getNewRoot();
        assertEquals(mappa.getPosition().getX(), node(again, "Phase:P1/mappa").getPosition().getX());
        assertEquals(original, Files.readString(file));
    }

    @Test
    void theCommandPaletteGesturesChangeTheirLinesAndUndoGivesBackTheText() throws Exception {
        load();
        String mappa = "Phase:P1/mappa";
        editor.gesture(new GestureOperation(GestureOperation.ESSENTIAL, mappa, null, "essenziale"));
        String essential = Files.readString(file);
        assertEquals(List.of("+essenziale"), EditorSession.changedLines(original, essential));

        editor.gesture(new GestureOperation(GestureOperation.TOOL, mappa, "Tool:questionario", "strumento"));
        String tool = Files.readString(file);
        assertEquals(List.of("-strumenti elearning", "+strumenti elearning, questionario"),
                EditorSession.changedLines(essential, tool));

        editor.gesture(new GestureOperation(GestureOperation.ROLE, mappa, "Role:tutor", "ruolo"));
        String role = Files.readString(file);
        assertEquals(List.of("-ruoli progettista", "+ruoli progettista, tutor"), EditorSession.changedLines(tool, role));

        editor.gesture(new GestureOperation(GestureOperation.PARTY, mappa, "ExternalProvider:ateneo", "soggetto"));
        String party = Files.readString(file);
        assertEquals(List.of("+soggetto ateneo"), EditorSession.changedLines(role, party));
        editor.gesture(new GestureOperation(GestureOperation.PARTY, mappa, "ExternalProvider:ateneo", "soggetto"));
        assertEquals(role, Files.readString(file), "the same party again takes it away");

        editor.gesture(new GestureOperation(GestureOperation.PERFORMER, mappa, "entrambi", "svolta da"));
        assertEquals(List.of("-svolta da provincia", "+svolta da entrambi"),
                EditorSession.changedLines(role, Files.readString(file)));

        editor.gesture(new GestureOperation(GestureOperation.BEFORE, mappa, "Phase:P1/compilazione", "prima"));
        assertEquals(List.of("richiesta", "mappa", "compilazione"), phases());

        editor.gesture(new GestureOperation(GestureOperation.NEW_TOOL, mappa, null, "nuovo strumento"));
        String newTool = Files.readString(file);
        assertTrue(newTool.contains("strumento strumento1 \"Nuovo strumento\" {")
                && newTool.contains("strumenti elearning, questionario, strumento1"), newTool);

        editor.gesture(new ApplyLabelEditOperation(mappa + GraphIds.TITLE, "3. Mappa aggiornata dei profili"));
        assertTrue(Files.readString(file).contains("fase mappa \"Mappa aggiornata dei profili\" {"),
                "the number the map shows is not part of the title");

        for (int i = 0; i < 9; i++) {
            editor.gesture(new UndoAction());
        }
        assertEquals(original, Files.readString(file), "every gesture undone");
    }

    @Test
    void aNewProcessIsShownAndItsFirstPhaseGoesWhereItIsPut() throws Exception {
        load();
        GModelRoot created = editor.gesture(new GestureOperation(GestureOperation.NEW_PROCESS, null, null, "nuovo"));
        String text = Files.readString(file);
        assertTrue(text.contains("\t\tprocesso processo1 \"Nuovo processo\" {\n\t\t}\n"), text);
        assertEquals("Process:processo1", created.getArgs().get("vista"), "the map shows the new process");
        GModelRoot first = editor.gesture(new CreateNodeOperation(GraphIds.PHASE, inLane(created, "esterno", 40), null));
        assertTrue(Files.readString(file).contains(
                "processo processo1 \"Nuovo processo\" {\n\t\t\tfase fase1 \"Nuova fase\" {\n\t\t\t\tsvolta da esterno\n"),
                Files.readString(file));
        assertTrue(EditorSession.ids(first, GNode.class).contains("Phase:processo1/fase1"));
    }

    @Test
    void aPhaseWithoutPerformerIsMarkedAsAnError() throws Exception {
        Files.writeString(file, original.replace("\t\t\t\tsvolta da comune\n\t\t\t\tstrumenti schedaProfili\n",
                "\t\t\t\tstrumenti schedaProfili\n"));
        GModelRoot root = load();
        editor.send(new RequestMarkersAction(List.of(root.getId())));
        List<Marker> markers = editor.next(SetMarkersAction.class).getMarkers();
        assertTrue(markers.stream().anyMatch(m -> "Phase:P1/compilazione".equals(m.getElementId())
                && "error".equals(m.getType())),
                () -> markers.stream().map(m -> m.getElementId() + " " + m.getType() + " " + m.getDescription())
                        .toList().toString());
    }

    @Test
    void deletingAPhaseTakesItsLinesAndTheLanesAreNotDeleted() throws Exception {
        load();
        editor.gesture(new DeleteOperation(List.of("Phase:P1/compilazione", "corsia:comune#0",
                "Phase:P1/richiesta->Phase:P1/compilazione")));
        assertEquals(List.of("richiesta", "mappa"), phases());
        String text = Files.readString(file);
        assertTrue(!text.contains("compilazione") && text.contains(COMMENT), text);
    }

    @Test
    void theOverviewIsShownAndNotEdited() throws Exception {
        try (EditorSession overview = new EditorSession(file, GraphIds.OVERVIEW)) {
            GModelRoot root = overview.load();
            List<String> boxes = EditorSession.ids(root, GNode.class);
            assertTrue(boxes.size() > 5 && boxes.stream().anyMatch(id -> id.startsWith("Service:")), boxes::toString);
            overview.send(new DeleteOperation(boxes));
            assertEquals(null, overview.within(org.eclipse.glsp.server.features.core.model.UpdateModelAction.class, 2));
            assertEquals(original, Files.readString(file), "nothing deleted");
        }
    }
}
