// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.server.features.core.model.GModelFactory;

import com.google.inject.Inject;

import it.tendere.diagram.Diagram;
import it.tendere.diagram.Diagram.Lane;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagrams;
import it.tendere.diagram.TextMetrics;
import it.tendere.format.Labels;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Process;

/**
 * A process map as the client draws it: the document's figure of the
 * process (its parts one under the other), each lane a box of its own that a
 * phase can be dropped into, and below the lanes the figure has, the lanes of
 * the performers no phase has yet, so that a first phase can be put there.
 */
final class ProcessGraphFactory implements GModelFactory {

    /** The gap between the parts of a split process. */
    static final double PART_GAP = 40;
    /** The height of a lane without phases, and the width of a map without any. */
    private static final double EMPTY_LANE = 64;
    private static final double EMPTY_WIDTH = 720;
    private static final double MARGIN = 16;

    @Inject
    private TendereModelState state;

    @Override
    public void createGModel() {
        GGraphBuilder graph = new GGraphBuilder().id("processo");
        Process process = state.process();
        Views.describe(graph, state.text() == null ? null : state.text().model(), ElementId.of(process));
        if (process != null) {
            state.show(ElementId.of(process));
            List<Diagram> parts = Diagrams.process(process);
            if (parts.isEmpty()) {
                parts = List.of(new Diagram(Diagram.Kind.PROCESS, "vuota", ElementId.of(process), "", "", EMPTY_WIDTH,
                        2 * MARGIN, List.of(), List.of(), List.of(), List.of(), List.of()));
            }
            double top = 0;
            DiagramGraph boxes = new DiagramGraph(graph, new HashSet<>(), shape -> GraphIds.PHASE,
                    (source, target) -> GraphIds.SEQUENCE, DiagramGraph.titlesOf(state.text().model()));
            for (int part = 0; part < parts.size(); part++) {
                Diagram diagram = parts.get(part);
                double bottom = lanes(graph, diagram, part, top);
                boxes.add(diagram, top);
                top = bottom + MARGIN + PART_GAP;
            }
        }
        GGraph root = graph.build();
        state.updateRoot(root);
    }

    /** Adds a part's lanes, with those of no phase below them; answers where the last ends. */
    private static double lanes(GGraphBuilder graph, Diagram part, int index, double top) {
        List<Performer> drawn = new ArrayList<>();
        double width = Math.max(part.width(), EMPTY_WIDTH) - 2 * MARGIN; // room for one more phase at the end
        double y = MARGIN;
        for (Lane lane : part.lanes()) {
            Performer performer = performer(lane.name());
            drawn.add(performer);
            graph.add(lane(performer, index, lane.y() + top, width, lane.height(), false));
            y = lane.y() + lane.height();
        }
        for (Performer performer : Performer.VALUES) {
            if (!drawn.contains(performer)) {
                graph.add(lane(performer, index, y + top, width, EMPTY_LANE, true));
                y += EMPTY_LANE;
            }
        }
        return y + top;
    }

    private static org.eclipse.glsp.graph.GNode lane(Performer performer, int part, double y, double width,
            double height, boolean empty) {
        GNodeBuilder lane = new GNodeBuilder(GraphIds.LANE).id(laneId(performer, part)).position(MARGIN, y)
                .size(width, height).addCssClass("corsia").addArgument("esecutore", performer.getLiteral())
                .addArgument("parte", part);
        if (empty) {
            lane.addCssClass("vuota");
        }
        List<String> lines = TextMetrics.wrap(Labels.performer(performer), 84);
        double first = (height - lines.size() * TextMetrics.LINE_HEIGHT) / 2;
        for (int i = 0; i < lines.size(); i++) {
            lane.add(DiagramGraph.label(laneId(performer, part) + "#riga" + i, Line.plain(lines.get(i)), 6,
                    first + i * TextMetrics.LINE_HEIGHT));
        }
        return lane.build();
    }

    static String laneId(Performer performer, int part) {
        return "corsia:" + performer.getLiteral() + "#" + part;
    }

    private static Performer performer(String laneName) {
        for (Performer performer : Performer.VALUES) {
            if (Labels.performer(performer).equals(laneName)) {
                return performer;
            }
        }
        return Performer.PROVINCE;
    }
}
