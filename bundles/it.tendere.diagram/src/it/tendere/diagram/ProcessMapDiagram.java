// SPDX-License-Identifier: EPL-2.0
package it.tendere.diagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.options.Direction;

import it.tendere.diagram.Diagram.Connector;
import it.tendere.diagram.Diagram.Lane;
import it.tendere.diagram.Diagram.Line;
import it.tendere.diagram.Diagram.Point;
import it.tendere.diagram.Diagram.Shape;
import it.tendere.format.Labels;
import it.tendere.format.Sezione2;
import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Performer;
import it.tendere.servicemodel.Phase;
import it.tendere.servicemodel.Process;

/**
 * «Mappa del processo»: a process's phases in order, left to right, each in
 * the lane of who performs it, with the tools it uses.
 *
 * <p>ELK's layered algorithm gives the columns: it sizes and spaces the chain
 * of phases along the sequence edges. The rows are the lanes, which the
 * layout cannot know: each phase is then moved into its performer's band,
 * and each sequence edge drawn as an orthogonal route through the gap
 * between two consecutive columns, where no box can be. A process longer
 * than {@link #COLUMNS} phases is split into several diagrams, so that each
 * fits an A4 page at a readable size instead of shrinking.
 */
final class ProcessMapDiagram {

    /** Phases per diagram: four columns and the lane headers fit 170 mm of page at 100%. */
    static final int COLUMNS = 4;

    private static final double PHASE_WIDTH = 136;
    private static final double LANE_HEADER = 96;
    private static final double LANE_PADDING = 12;
    private static final double COLUMN_GAP = 30;
    private static final double MARGIN = GraphLayout.MARGIN;

    private ProcessMapDiagram() {
    }

    static List<Diagram> build(Process process) {
        List<Phase> phases = process.getPhases();
        List<Diagram> diagrams = new ArrayList<>();
        if (phases.isEmpty()) {
            return diagrams;
        }
        List<Performer> lanes = new ArrayList<>();
        for (Performer performer : Performer.VALUES) {
            if (phases.stream().anyMatch(p -> lane(p) == performer)) {
                lanes.add(performer);
            }
        }
        int parts = (phases.size() + COLUMNS - 1) / COLUMNS;
        for (int part = 0; part < parts; part++) {
            int from = part * COLUMNS;
            List<Phase> chunk = phases.subList(from, Math.min(phases.size(), from + COLUMNS));
            diagrams.add(chunk(process, chunk, from, lanes, part, parts));
        }
        return diagrams;
    }

    /** Phases with no performer are drawn in the Province's lane; the checks report them as errors. */
    private static Performer lane(Phase phase) {
        return phase.isSetPerformer() ? phase.getPerformer() : Performer.PROVINCE;
    }

    private static Diagram chunk(Process process, List<Phase> chunk, int offset, List<Performer> lanes, int part,
            int parts) {
        GraphLayout columns = new GraphLayout(Direction.RIGHT, 20, COLUMN_GAP);
        Missing missing = new Missing(Sezione2.PARAGRAPH_2_3 + " – figura «Mappa del processo " + process.getName() + "»");
        for (int i = 0; i < chunk.size(); i++) {
            Phase phase = chunk.get(i);
            columns.node(phase, ElementId.of(phase), lines(phase, offset + i + 1, missing), style(phase),
                    PHASE_WIDTH - 2 * TextMetrics.PADDING, PHASE_WIDTH);
            if (i > 0) {
                columns.edge(chunk.get(i - 1), phase, false);
            }
        }
        GraphLayout.Laid laid = columns.layout();
        List<Shape> laidOut = laid.shapes();

        // Rows: each lane as tall as its tallest phase in this part.
        Map<Performer, Double> laneHeight = new EnumMap<>(Performer.class);
        for (int i = 0; i < chunk.size(); i++) {
            laneHeight.merge(lane(chunk.get(i)), laidOut.get(i).height() + 2 * LANE_PADDING, Math::max);
        }
        List<Lane> bands = new ArrayList<>();
        Map<Performer, Lane> bandOf = new EnumMap<>(Performer.class);
        double y = MARGIN;
        for (Performer performer : lanes) {
            double height = laneHeight.getOrDefault(performer, 2 * LANE_PADDING + TextMetrics.LINE_HEIGHT * 2);
            Lane band = new Lane(Labels.performer(performer), y, height);
            bands.add(band);
            bandOf.put(performer, band);
            y += height;
        }
        double minX = laidOut.stream().mapToDouble(Shape::x).min().orElse(0);
        List<Shape> shapes = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Shape shape = laidOut.get(i);
            Lane band = bandOf.get(lane(chunk.get(i)));
            shapes.add(new Shape(shape.id(), shape.element(), MARGIN + LANE_HEADER + COLUMN_GAP / 2 + (shape.x() - minX),
                    band.y() + (band.height() - shape.height()) / 2, shape.width(), shape.height(), shape.lines(),
                    shape.style()));
        }
        List<Connector> connectors = new ArrayList<>();
        for (int i = 1; i < shapes.size(); i++) {
            Shape a = shapes.get(i - 1);
            Shape b = shapes.get(i);
            double middle = (a.right() + b.x()) / 2;
            connectors.add(new Connector(List.of(new Point(a.right(), a.centerY()), new Point(middle, a.centerY()),
                    new Point(middle, b.centerY()), new Point(b.x(), b.centerY())), false, a.id(), b.id()));
        }
        double width = shapes.stream().mapToDouble(Shape::right).max().orElse(0) + COLUMN_GAP / 2 + MARGIN;
        String suffix = parts > 1 ? " (parte " + (part + 1) + " di " + parts + ")" : "";
        String title = Titles.of(process);
        return new Diagram(Diagram.Kind.PROCESS, "processo-" + Diagram.idPart(process.getName()) + (parts > 1 ? "-" + (part + 1) : ""),
                ElementId.of(process), "Mappa del processo " + process.getName() + " – " + title + suffix,
                description(process, chunk, offset), width, y + MARGIN, bands, shapes, connectors, missing.all(),
                laid.shortened());
    }

    private static List<Line> lines(Phase phase, int number, Missing missing) {
        List<Line> lines = new ArrayList<>();
        Line title = BoxLines.title(phase, missing);
        lines.add(title.placeholder() ? Line.plain(number + ".") : Line.plain(number + ". " + title.text()));
        if (title.placeholder()) {
            lines.add(title);
        }
        if (phase.isEssential()) {
            lines.add(Line.plain("(essenziale)"));
        }
        if (phase.getParty() != null) {
            lines.add(Line.plain("Soggetto: " + Titles.of(phase.getParty())));
        }
        if (!phase.getTools().isEmpty()) {
            lines.add(Line.plain("Strumenti: " + String.join(", ", phase.getTools().stream().map(Titles::of).toList())));
        }
        return lines;
    }

    private static Diagram.Style style(Phase phase) {
        return phase.isEssential() ? Diagram.Style.PHASE_ESSENTIAL : Diagram.Style.PHASE;
    }

    private static String description(Process process, List<Phase> chunk, int offset) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Phase phase = chunk.get(i);
            String tools = String.join(", ", phase.getTools().stream().map(Titles::of).toList());
            steps.add((offset + i + 1) + ". " + Titles.of(phase) + " (" + Labels.performer(lane(phase))
                    + (tools.isEmpty() ? "" : "; strumenti: " + tools) + ")");
        }
        return "Mappa del processo " + process.getName() + ": " + String.join("; ", steps) + ".";
    }
}
